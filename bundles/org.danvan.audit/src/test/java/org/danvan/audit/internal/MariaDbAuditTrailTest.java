package org.danvan.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on MariaDB, in a fresh database whose default character set is latin1: Vietnamese details survive
 * only because the changelog creates the tables as utf8mb4.
 */
class MariaDbAuditTrailTest extends AuditTrailContract {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }

    @Test
    void everyTextColumnIsUtf8mb4WithBinaryCollation() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(CHARACTER_SET_NAME = 'utf8mb4'), "
                        + "SUM(COLLATION_NAME = 'utf8mb4_bin') FROM information_schema.COLUMNS "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'aud\\_%' "
                        + "AND CHARACTER_SET_NAME IS NOT NULL")) {
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2));
            assertEquals(rs.getLong(1), rs.getLong(3));
            assertTrue(rs.getLong(1) >= 9, "text columns found: " + rs.getLong(1));
        }
    }
}
