package org.danvan.platform.persistence.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.eclipse.persistence.jpa.PersistenceProvider;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

/**
 * A persistence unit described in code rather than in {@code persistence.xml}: resource-local, on the pooled non-JTA
 * DataSource, with an explicit class list and nothing scanned.
 */
final class UnitPersistenceInfo implements PersistenceUnitInfo {

    private final String name;
    private final DataSource dataSource;
    private final List<String> managedClassNames;
    private final URL rootUrl;
    private final ClassLoader classLoader;
    private final Properties properties;

    UnitPersistenceInfo(String name, DataSource dataSource, List<String> managedClassNames, URL rootUrl,
            ClassLoader classLoader, Properties properties) {
        this.name = name;
        this.dataSource = dataSource;
        this.managedClassNames = List.copyOf(managedClassNames);
        this.rootUrl = rootUrl;
        this.classLoader = classLoader;
        this.properties = properties;
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return rootUrl;
    }

    @Override
    public List<String> getManagedClassNames() {
        return managedClassNames;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public ValidationMode getValidationMode() {
        // no Bean Validation provider is deployed; AUTO would go looking for one
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // Only dynamic weaving registers transformers, and it is never enabled: classes are woven at build time or
        // not at all.
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
