package org.danvan.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.danvan.platform.persistence.api.PersistenceSetupException;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.Test;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The unit properties EclipseLink gets; no database involved. */
class EntityManagerFactoryBuilderTest {

    /** Stands in for a class that StaticWeave processed (it adds this marker interface, among others). */
    @Entity
    static class WovenEntity implements PersistenceWeaved {
        @Id
        Long id;
    }

    static class UpperCaseConverter implements AttributeConverter<String, String> {
        @Override
        public String convertToDatabaseColumn(String value) {
            return value.toUpperCase();
        }

        @Override
        public String convertToEntityAttribute(String value) {
            return value;
        }
    }

    @Test
    void plainClassesDisableWeaving() {
        Properties properties = properties(TestItem.class);

        assertEquals("false", properties.get("eclipselink.weaving"));
        assertFalse(EntityManagerFactoryBuilder.isStaticallyWoven(List.of(TestItem.class, UpperCaseConverter.class)));
    }

    @Test
    void staticallyWovenClassesSelectStaticWeaving() {
        assertEquals("static", properties(WovenEntity.class).get("eclipselink.weaving"));
        // converters are never woven and do not count
        assertTrue(EntityManagerFactoryBuilder.isStaticallyWoven(List.of(WovenEntity.class, UpperCaseConverter.class)));
    }

    @Test
    void aHalfWovenUnitIsRefused() {
        PersistenceSetupException failure = assertThrows(PersistenceSetupException.class,
                () -> EntityManagerFactoryBuilder.isStaticallyWoven(List.of(WovenEntity.class, TestItem.class)));

        assertTrue(failure.getMessage().contains(TestItem.class.getName()), failure.getMessage());
    }

    @Test
    void unitPropertiesNameTheSessionAfterTheUnitAndLeaveTheSchemaToLiquibase() {
        Properties properties = properties(TestItem.class);

        assertEquals("persistencetest", properties.get("eclipselink.session-name"));
        assertEquals("JDBC", properties.get("eclipselink.jdbc.batch-writing"));
        assertEquals("100", properties.get("eclipselink.jdbc.batch-writing.size"));
        assertEquals("none", properties.get("eclipselink.ddl-generation"));
        assertEquals("none", properties.get("jakarta.persistence.schema-generation.database.action"));
        assertEquals(Slf4jSessionLog.class.getName(), properties.get("eclipselink.logging.logger"));
        assertEquals("false", properties.get("eclipselink.logging.parameters"));
        assertEquals("org.eclipse.persistence.platform.database.H2Platform",
                properties.get("eclipselink.target-database"));
    }

    @Test
    void targetDatabaseFollowsTheJdbcProductName() {
        assertEquals("org.eclipse.persistence.platform.database.MariaDBPlatform",
                EntityManagerFactoryBuilder.databasePlatform("MariaDB"));
        assertEquals("org.eclipse.persistence.platform.database.MySQLPlatform",
                EntityManagerFactoryBuilder.databasePlatform("MySQL"));
        assertEquals("org.eclipse.persistence.platform.database.H2Platform",
                EntityManagerFactoryBuilder.databasePlatform("H2"));
        assertNull(EntityManagerFactoryBuilder.databasePlatform("PostgreSQL"), "left to EclipseLink's detection");
    }

    private static Properties properties(Class<?> entity) {
        return new EntityManagerFactoryBuilder(null, "H2").properties(PersistenceUnitDefinition.of("persistencetest",
                AbstractPersistenceServiceTest.CHANGELOG, entity));
    }
}
