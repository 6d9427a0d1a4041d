package org.danvan.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHA-256 of each unit's changelog as of its last successful migration, kept in table
 * {@value #TABLE} of the same database. A start whose changelog has the recorded fingerprint skips Liquibase: the
 * schema is what that changelog makes it, and Liquibase's own check (lock, history table, change-log parse, about a
 * second per unit and more for the first) would find nothing to do.
 * <p>
 * The fingerprint is only written after Liquibase finished, in the same database as its history table, with the
 * number of the changelog's change sets in that history; both must still match, so a crash, a backup or a restore
 * (even of an older backup loaded over a newer schema) cannot make a start skip a migration it needs. A changelog that refers to other files (includes, SQL files, data
 * files) has no fingerprint: its content is not all in one file, so Liquibase always runs for it.
 */
final class SchemaFingerprints {

    static final String TABLE = "danvan_schema_state";
    private static final List<String> REFERENCES_OTHER_FILES = List.of("<include", "includeall", "sqlfile",
            "loaddata", "loadupdatedata", "createprocedure");
    private static final Logger LOG = LoggerFactory.getLogger(SchemaFingerprints.class);

    private SchemaFingerprints() {
    }

    /** The changelog's fingerprint, or empty when it refers to other files (or cannot be read). */
    static Optional<String> of(ClassLoader loader, String changelogPath) {
        try (InputStream in = loader.getResourceAsStream(changelogPath)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] content = in.readAllBytes();
            String lower = new String(content, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (REFERENCES_OTHER_FILES.stream().anyMatch(lower::contains)) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(changelogPath.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the database records this fingerprint for the unit, with as many change sets of the changelog in
     * Liquibase's history as when it was recorded (false also when the table is not there yet). The count catches a
     * history replaced under the fingerprint, such as an older backup loaded into a newer database.
     */
    static boolean matches(Connection connection, String unitName, String changelogPath, String fingerprint) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT changelog_sha256, changesets_run FROM " + TABLE + " WHERE unit_name = ?")) {
            select.setString(1, unitName);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && fingerprint.equals(row.getString(1))
                        && row.getLong(2) == changesetsRun(connection, changelogPath);
            }
        } catch (SQLException e) {
            LOG.debug("No schema fingerprint of unit '{}' to compare: {}", unitName, e.toString());
            return false;
        }
    }

    /**
     * Records the fingerprint after a successful migration. A failure here costs the next start one Liquibase check,
     * nothing else: it is logged, never thrown.
     */
    static void record(Connection connection, String unitName, String changelogPath, String fingerprint) {
        try {
            long changesets = changesetsRun(connection, changelogPath);
            if (changesets == 0) {
                LOG.debug("Unit '{}': no change set of '{}' in the history under that name; no fingerprint", unitName,
                        changelogPath);
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (unit_name VARCHAR(100) NOT NULL PRIMARY "
                        + "KEY, changelog_sha256 CHAR(64) NOT NULL, changesets_run INT NOT NULL, "
                        + "migrated_at TIMESTAMP NOT NULL)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE
                    + " WHERE unit_name = ?");
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                            + " (unit_name, changelog_sha256, changesets_run, migrated_at) VALUES (?, ?, ?, ?)")) {
                delete.setString(1, unitName);
                delete.executeUpdate();
                insert.setString(1, unitName);
                insert.setString(2, fingerprint);
                insert.setLong(3, changesets);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warn("Could not record the schema fingerprint of unit '{}' (its next start runs Liquibase's check "
                    + "again): {}", unitName, e.toString());
        }
    }

    private static long changesetsRun(Connection connection, String changelogPath) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = ?")) {
            count.setString(1, changelogPath);
            try (ResultSet row = count.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
