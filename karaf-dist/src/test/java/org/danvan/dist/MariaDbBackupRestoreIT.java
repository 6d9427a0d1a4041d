package org.danvan.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.danvan.dist.test.KarafDistribution;
import org.danvan.dist.test.MariaDbTestDatabase;
import org.junit.jupiter.api.AfterAll;

/**
 * {@link BackupRestoreIT} on MariaDB: each distribution runs on a database of its own (the operator's switch of
 * {@code etc/org.ops4j.datasource-danvan.cfg} before the first start), the backup is a {@code mariadb-dump} and the
 * restore loads it with {@code mariadb}.
 */
class MariaDbBackupRestoreIT extends BackupRestoreIT {

    private static final String DATASOURCE_FILE = "etc/org.ops4j.datasource-danvan.cfg";

    private final List<MariaDbTestDatabase> databases = new ArrayList<>();

    @Override
    protected KarafDistribution distribution() {
        MariaDbTestDatabase database = MariaDbTestDatabase.create();
        databases.add(database);
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
    protected String databaseLine() {
        return "database (mariadb-dump --single-transaction)";
    }

    @AfterAll
    void dropDatabases() {
        stop(); // the distributions first: JUnit runs this before the superclass's @AfterAll
        databases.forEach(MariaDbTestDatabase::close);
    }
}
