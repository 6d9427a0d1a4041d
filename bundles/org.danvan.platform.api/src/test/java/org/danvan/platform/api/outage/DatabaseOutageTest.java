package org.danvan.platform.api.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aPoolTimeoutOrABrokenConnectionIsAnOutageHoweverDeeplyWrapped() {
        // HikariCP when no connection can be had, wrapped as EclipseLink and a service would wrap it
        Exception pool = new SQLTransientConnectionException("danvan - Connection is not available, request timed out");
        assertTrue(DatabaseOutage.isCause(new IllegalStateException("query failed", new RuntimeException(pool))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLNonTransientConnectionException("Socket fail"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new SQLException("Communications link failure", "08S01"))));
        assertTrue(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        assertEquals("ConnectException: Connection refused",
                DatabaseOutage.rootMessage(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseOutage.isCause(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.isCause(new RuntimeException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(DatabaseOutage.isCause(new RuntimeException(new SQLException("no state"))));
        RuntimeException selfCaused = new RuntimeException() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };
        assertFalse(DatabaseOutage.isCause(selfCaused));
    }
}
