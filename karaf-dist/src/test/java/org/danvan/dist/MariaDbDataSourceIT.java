package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.danvan.dist.test.KarafDistribution;
import org.danvan.dist.test.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The operator's switch from the embedded H2 default to MariaDB: replace etc/org.ops4j.datasource-danvan.cfg with
 * the shipped example (etc/mariadb/), restart - DanVan must then use MariaDB, with one pool, and keep doing so after
 * further restarts (the feature's H2 default must never come back over the operator's file).
 */
class MariaDbDataSourceIT {

    private static final String DATASOURCE_FILE = "etc/org.ops4j.datasource-danvan.cfg";

    @Test
    void replacingTheDataSourceFileWithTheMariaDbExampleSurvivesRestarts() throws IOException {
        try (MariaDbTestDatabase database = MariaDbTestDatabase.create();
             KarafDistribution karaf = KarafDistribution.fromBuild()) {
            karaf.start();
            assertDataSource(karaf, "H2");
            karaf.stop();

            Path file = karaf.home().resolve(DATASOURCE_FILE);
            Files.copy(karaf.home().resolve("etc/mariadb/org.ops4j.datasource-danvan.cfg"), file,
                    StandardCopyOption.REPLACE_EXISTING);
            karaf.setProperty(DATASOURCE_FILE, "url", database.jdbcUrl());
            karaf.setProperty(DATASOURCE_FILE, "user", database.user());
            karaf.setProperty(DATASOURCE_FILE, "password", database.password());
            String operatorsFile = Files.readString(file);

            karaf.start();
            assertDataSource(karaf, "MariaDB");

            karaf.restart();
            assertDataSource(karaf, "MariaDB");
            assertEquals(operatorsFile, Files.readString(file), "the operator's " + DATASOURCE_FILE + " was rewritten");
        }
    }

    /** Exactly one DataSource named danvan, working, on the given product. */
    private static void assertDataSource(KarafDistribution karaf, String product) {
        String dataSources = karaf.shell("jdbc:ds-list");
        long danvan = dataSources.lines().filter(l -> l.startsWith("danvan ")).count();
        assertEquals(1, danvan, "expected one danvan DataSource:\n" + dataSources);
        assertTrue(Pattern.compile("(?m)^danvan\\s*\\|[^|]*\\|\\s*" + product + "\\s*\\|.*\\|\\s*OK\\s*$")
                .matcher(dataSources).find(), "danvan is not a working " + product + " DataSource:\n" + dataSources);
    }
}
