package org.danvan.dist;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.danvan.dist.test.KarafDistribution;
import org.danvan.dist.test.MariaDbTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link CrashRecoveryIT} on MariaDB: the distribution runs on a database of its own on the shared server (which is
 * not touched: only the Karaf JVM is killed). Part of the long run only ({@code -Ddanvan.reliability.long=true},
 * README "Reliability"): the normal build kills H2 only, to keep CI short.
 */
class MariaDbCrashRecoveryIT extends CrashRecoveryIT {

    private static final String DATASOURCE_FILE = "etc/org.ops4j.datasource-danvan.cfg";

    private MariaDbTestDatabase database;

    @BeforeAll
    void onlyInTheLongRun() {
        assumeTrue(Boolean.getBoolean(LONG_RUN_PROPERTY),
                "part of the long run: -D" + LONG_RUN_PROPERTY + "=true (README, Reliability)");
    }

    @Override
    protected KarafDistribution distribution() {
        database = MariaDbTestDatabase.create();
        KarafDistribution karaf = KarafDistribution.fromBuild();
        try {
            Files.copy(karaf.home().resolve("etc/mariadb/org.ops4j.datasource-danvan.cfg"),
                    karaf.home().resolve(DATASOURCE_FILE), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        karaf.setProperty(DATASOURCE_FILE, "url", database.jdbcUrl());
        karaf.setProperty(DATASOURCE_FILE, "user", database.user());
        karaf.setProperty(DATASOURCE_FILE, "password", database.password());
        return karaf;
    }

    @Override
    protected String databaseName() {
        return "MariaDB";
    }

    @AfterAll
    void dropDatabase() {
        stopDistribution(); // the distribution first: JUnit runs this before the superclass's @AfterAll
        if (database != null) {
            database.close();
        }
    }
}
