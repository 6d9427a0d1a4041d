package org.danvan.platform.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** A real, empty database for one test, behind a HikariCP pool as in Karaf; {@link #close()} removes it. */
interface TestDatabase extends AutoCloseable {

    DataSource dataSource();

    /** Product name the JDBC driver reports, e.g. "H2". */
    String expectedProductName();

    @Override
    void close();

    /** Runs a query through plain JDBC and returns the first column of every row. */
    default List<Object> column(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    default long count(String table) {
        return ((Number) column("SELECT COUNT(*) FROM " + table).get(0)).longValue();
    }

    /** Runs an update through plain JDBC (auto-commit) and returns the row count. */
    default int update(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int rows = statement.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
