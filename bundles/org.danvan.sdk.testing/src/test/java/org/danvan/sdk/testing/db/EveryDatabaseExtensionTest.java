package org.danvan.sdk.testing.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs {@link OnEveryDatabaseTest} through the JUnit engine and looks at what ran. */
class EveryDatabaseExtensionTest {

    @Test
    void everyTestRunsOnceOnH2AndOnceOnMariaDb() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(OnEveryDatabaseTest.class))
                .execute().testEvents();
        tests.assertStatistics(stats -> stats.started(4).succeeded(4).failed(0));
        List<String> runs = EngineTestKit.engine("junit-jupiter").selectors(selectClass(OnEveryDatabaseTest.class))
                .execute().containerEvents().started().list().stream()
                .map(e -> e.getTestDescriptor().getDisplayName()).filter(n -> n.equals("H2") || n.equals("MariaDB"))
                .toList();
        assertEquals(List.of("H2", "MariaDB"), runs);
    }

    @Test
    void thePropertyNarrowsTheDatabases() {
        String before = System.getProperty(EveryDatabaseExtension.DATABASES_PROPERTY);
        try {
            System.setProperty(EveryDatabaseExtension.DATABASES_PROPERTY, " h2 ");
            assertEquals(List.of(DatabaseKind.H2), EveryDatabaseExtension.selectedKinds());
            System.clearProperty(EveryDatabaseExtension.DATABASES_PROPERTY);
            assertEquals(List.of(DatabaseKind.H2, DatabaseKind.MARIADB), EveryDatabaseExtension.selectedKinds());
        } finally {
            if (before != null) {
                System.setProperty(EveryDatabaseExtension.DATABASES_PROPERTY, before);
            }
        }
    }
}
