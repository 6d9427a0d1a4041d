package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The book contract on MariaDB, in a fresh database whose default character set is latin1: Vietnamese survives only
 * because the changelog creates every table as utf8mb4.
 */
class MariaDbBookTest extends BookContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }

    @Test
    void everyTextColumnIsUtf8mb4() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CHARACTER_SET_NAME = 'utf8mb4') FROM "
                        + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'rcp\\_%' "
                        + "AND CHARACTER_SET_NAME IS NOT NULL")) {
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2));
            assertTrue(rs.getLong(1) >= 30, "text columns found: " + rs.getLong(1));
        }
    }
}
