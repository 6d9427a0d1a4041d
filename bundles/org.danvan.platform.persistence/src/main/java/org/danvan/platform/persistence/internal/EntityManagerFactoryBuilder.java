package org.danvan.platform.persistence.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.PersistenceSetupException;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.logging.AbstractSessionLog;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.MappedSuperclass;

/** Builds a unit's EntityManagerFactory through EclipseLink's container SPI, without persistence.xml. */
final class EntityManagerFactoryBuilder {

    /** Rows per JDBC batch; EclipseLink's default for JDBC batch writing is 100 as well, stated here on purpose. */
    static final int BATCH_SIZE = 100;

    private final DataSource dataSource;
    private final String databaseProductName;

    EntityManagerFactoryBuilder(DataSource dataSource, String databaseProductName) {
        this.dataSource = dataSource;
        this.databaseProductName = databaseProductName;
    }

    EntityManagerFactory build(PersistenceUnitDefinition definition) {
        ClassLoader unitLoader = new UnitClassLoader(definition.classLoader(),
                EntityManagerFactoryBuilder.class.getClassLoader(), PersistenceProvider.class.getClassLoader(),
                AbstractSessionLog.class.getClassLoader());
        Properties properties = properties(definition);
        List<String> classNames = new ArrayList<>();
        for (Class<?> managed : definition.managedClasses()) {
            classNames.add(managed.getName());
        }
        UnitPersistenceInfo info = new UnitPersistenceInfo(definition.name(), dataSource, classNames,
                rootUrl(definition), unitLoader, properties);
        Map<String, Object> overrides = new HashMap<>();
        properties.forEach((key, value) -> overrides.put((String) key, value));
        // parts of EclipseLink fall back to the context class loader, which in Karaf is whatever the calling
        // thread (often the DS actor) happens to carry
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(unitLoader);
        try {
            return new PersistenceProvider().createContainerEntityManagerFactory(info, overrides);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    Properties properties(PersistenceUnitDefinition definition) {
        Properties properties = new Properties();
        // EclipseLink shares a session between factories of the same session name, so one name per unit
        properties.put(PersistenceUnitProperties.SESSION_NAME, definition.name());
        properties.put(PersistenceUnitProperties.TARGET_SERVER, "None");
        String platform = databasePlatform(databaseProductName);
        if (platform != null) {
            properties.put(PersistenceUnitProperties.TARGET_DATABASE, platform);
        }
        properties.put(PersistenceUnitProperties.WEAVING,
                isStaticallyWoven(definition.managedClasses()) ? "static" : "false");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, Integer.toString(BATCH_SIZE));
        // Liquibase owns the schema
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.SCHEMA_GENERATION_DATABASE_ACTION, "none");
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, Slf4jSessionLog.class.getName());
        // bound values are citizens' data: never in the log, whatever the SQL log level
        properties.put(PersistenceUnitProperties.LOGGING_PARAMETERS, "false");
        properties.put("eclipselink.archive.factory", UnitRootArchiveFactory.class.getName());
        // database out of reach: the pool already waits its connectionTimeout (5 s) and replaces broken connections;
        // EclipseLink's own retry of a failed read (3 more tries, 5 s apart by default) made every read of a screen
        // take some 30 s in an outage, so the user waited minutes for the "database unavailable" message
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, OutageFailFast.class.getName());
        // log in while open() runs, so that a broken mapping or database fails the activation, not the first call
        properties.put(PersistenceUnitProperties.DEPLOY_ON_STARTUP, "true");
        return properties;
    }

    /**
     * The EclipseLink platform for a JDBC product name, or null to let EclipseLink detect it. Named explicitly for
     * the databases we run on: Connector/J 3 reports "MariaDB" and older drivers "MySQL" for the same server.
     */
    static String databasePlatform(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.startsWith("h2")) {
            return "org.eclipse.persistence.platform.database.H2Platform";
        }
        if (name.startsWith("mariadb")) {
            return "org.eclipse.persistence.platform.database.MariaDBPlatform";
        }
        if (name.startsWith("mysql")) {
            return "org.eclipse.persistence.platform.database.MySQLPlatform";
        }
        return null;
    }

    /**
     * True when the persistent classes were woven at build time (StaticWeave makes them implement
     * {@link PersistenceWeaved}), false when none was. A unit with some classes woven and others not was built
     * wrongly and is refused: EclipseLink would treat the plain ones as woven.
     */
    static boolean isStaticallyWoven(List<Class<?>> managedClasses) {
        List<String> woven = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (Class<?> managed : managedClasses) {
            if (managed.isAnnotationPresent(Entity.class) || managed.isAnnotationPresent(Embeddable.class)
                    || managed.isAnnotationPresent(MappedSuperclass.class)) {
                (PersistenceWeaved.class.isAssignableFrom(managed) ? woven : plain).add(managed.getName());
            }
        }
        if (!woven.isEmpty() && !plain.isEmpty()) {
            throw new PersistenceSetupException("Some persistent classes are statically woven " + woven
                    + " and others are not " + plain + "; weave all of them (see the weaving profile)", null);
        }
        return !woven.isEmpty();
    }

    /**
     * The unit's root, where EclipseLink looks for META-INF/orm.xml: the root of the bundle (or classpath entry)
     * holding the changelog, e.g. {@code bundle://12.0:1/} in Felix or {@code file:/…/classes/} in a test.
     */
    private static URL rootUrl(PersistenceUnitDefinition definition) {
        URL changelog = definition.classLoader().getResource(definition.changelogPath());
        if (changelog == null) {
            throw new PersistenceSetupException("Liquibase changelog '" + definition.changelogPath()
                    + "' of persistence unit '" + definition.name() + "' is not in its bundle", null);
        }
        String url = changelog.toExternalForm();
        String path = definition.changelogPath().startsWith("/") ? definition.changelogPath().substring(1)
                : definition.changelogPath();
        if (!url.endsWith(path)) {
            throw new PersistenceSetupException("Persistence unit '" + definition.name()
                    + "': cannot derive its root from " + url, null);
        }
        try {
            // with the changelog as context, the URL keeps its protocol handler (bundle: has no global one)
            return new URL(changelog, url.substring(0, url.length() - path.length()));
        } catch (MalformedURLException e) {
            throw new PersistenceSetupException("Persistence unit '" + definition.name()
                    + "': cannot derive its root from " + url, e);
        }
    }
}
