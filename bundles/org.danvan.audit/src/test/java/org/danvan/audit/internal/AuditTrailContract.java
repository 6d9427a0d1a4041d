package org.danvan.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.danvan.audit.internal.model.AuditRecord;
import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.ChainVerification;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.danvan.platform.persistence.internal.TestItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail against a real database: appending, reading, filtering, tamper detection and concurrent writers.
 * Subclasses choose H2 or MariaDB. Rows are tampered with through plain JDBC, as an intruder with database access
 * would.
 */
abstract class AuditTrailContract {

    /** Small, so that every chain of more than a handful of entries is verified across several pages. */
    private static final int PAGE = 7;

    protected ModuleTestDatabase database;
    private EntityStore store;
    private AuditTrailService trail;

    protected abstract ModuleTestDatabase createDatabase();

    @BeforeEach
    void openTrail() {
        database = createDatabase();
        store = database.open(AuditTrailService.UNIT);
        trail = new AuditTrailService(store, Clock.systemUTC(), PAGE);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private static AuditEvent event(String action, String login, Map<String, String> details) {
        return new AuditEvent(action, login, 42L, "user", "7", 3L, details, "192.0.2.1");
    }

    private void append(int entries) {
        for (int i = 1; i <= entries; i++) {
            trail.record(event("test.entry.written", "admin", Map.of("n", Integer.toString(i))));
        }
    }

    private int jdbcUpdate(String sql, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
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

    private String jdbcString(String sql, Object... parameters) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next(), sql);
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void assertBrokenAt(long sequence, String problemFragment) {
        ChainVerification result = trail.verify();
        assertFalse(result.intact(), "tampering must be detected");
        assertEquals(sequence, result.firstBrokenSequence(), result.problem());
        assertTrue(result.problem().contains(problemFragment), result.problem());
    }

    @Test
    void appendsAndReadsBackEveryField() {
        Instant now = Instant.parse("2026-03-02T01:30:00.123456789Z");
        trail = new AuditTrailService(store, Clock.fixed(now, ZoneOffset.UTC), PAGE);
        AuditEvent first = event("identity.login", "admin", Map.of("method", "password"));
        AuditEvent second = AuditEvent.of("system.job.ran", "system", null, null);

        AuditEntry one = trail.record(first);
        AuditEntry two = trail.record(second);

        assertEquals(1, one.sequence());
        assertEquals(2, two.sequence());
        assertEquals(now.truncatedTo(ChronoUnit.MICROS), one.at(), "stored at microsecond precision");
        assertEquals(64, one.hash().length());
        assertNotEquals(one.hash(), two.hash());
        assertEquals(List.of(two, one), trail.find(AuditFilter.any(), 0, 10), "read back exactly, newest first");
        assertEquals(2, trail.count(AuditFilter.any()));
        assertEquals(new ChainVerification(2, true, null, null), trail.verify());
    }

    @Test
    void anEntryRecordedInAnotherBundlesUnitOfWorkCommitsAndRollsBackWithTheChange() {
        // another bundle's unit on the same database, and the trail as it runs in Karaf: joining units of work
        EntityStore items = database.open(PersistenceUnitDefinition.of("persistencetest",
                "db/persistencetest/changelog.xml", TestItem.class));
        AuditTrailService joining = new AuditTrailService(database, store, Clock.systemUTC(), PAGE);

        items.run(em -> {
            em.persist(new TestItem("recorded", 1));
            joining.record(event("test.item.created", "admin", Map.of("name", "recorded")));
        });
        assertEquals(1, trail.count(AuditFilter.any()));

        IllegalStateException failed = new IllegalStateException("the change failed after its entry");
        assertEquals(failed, assertThrows(IllegalStateException.class, () -> items.run(em -> {
            em.persist(new TestItem("never stored", 2));
            joining.record(event("test.item.created", "admin", Map.of("name", "never stored")));
            throw failed;
        })));
        assertEquals(1, trail.count(AuditFilter.any()), "the entry of a change rolled back is rolled back too");
        assertEquals("1", jdbcString("SELECT last_seq FROM aud_chain_head WHERE id = 1"));

        // the audit write itself fails (its chain head is gone): the change it records must not commit
        assertEquals(1, jdbcUpdate("DELETE FROM aud_chain_head"));
        assertThrows(IllegalStateException.class, () -> items.run(em -> {
            em.persist(new TestItem("unaudited", 3));
            joining.record(event("test.item.created", "admin", Map.of("name", "unaudited")));
        }));
        assertEquals("1", jdbcString("SELECT COUNT(*) FROM PT_ITEM"), "no committed change without its entry");
        assertEquals("recorded", jdbcString("SELECT NAME FROM PT_ITEM"));
    }

    @Test
    void entriesWrittenInJoinedAndOwnTransactionsFormOneIntactChain() {
        EntityStore items = database.open(PersistenceUnitDefinition.of("persistencetest",
                "db/persistencetest/changelog.xml", TestItem.class));
        AuditTrailService joining = new AuditTrailService(database, store, Clock.systemUTC(), PAGE);
        for (int i = 1; i <= 10; i++) {
            String name = "item " + i;
            if (i % 2 == 0) {
                items.run(em -> {
                    em.persist(new TestItem(name, 1));
                    joining.record(event("test.item.created", "admin", Map.of("name", name)));
                });
            } else {
                joining.record(event("test.entry.written", "admin", Map.of("name", name)));
            }
        }
        assertEquals(10, trail.count(AuditFilter.any()));
        assertTrue(trail.verify().intact(), trail.verify().problem());
    }

    @Test
    void emptyChainIsIntact() {
        assertEquals(new ChainVerification(0, true, null, null), trail.verify());
        assertEquals(List.of(), trail.find(AuditFilter.any(), 0, 10));
    }

    @Test
    void timesWithMicrosecondsRoundTripSoTheChainVerifies() {
        // the JVM in a zone with summer time, the UTC times inside its skipped hour (02:00-03:00 local on 29 March
        // 2026 in Paris): a TIMESTAMP column read through java.sql.Timestamp returned them an hour off
        TimeZone previous = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
        try {
            assertTimesRoundTrip();
        } finally {
            TimeZone.setDefault(previous);
        }
    }

    private void assertTimesRoundTrip() {
        // a clock that never lands on a whole millisecond: the hash covers the time, the database must keep it all
        Instant[] next = { Instant.parse("2026-03-29T02:29:59.999998500Z") };
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                next[0] = next[0].plusNanos(1_234_567);
                return next[0];
            }
        };
        trail = new AuditTrailService(store, ticking, PAGE);
        List<Instant> written = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            written.add(trail.record(event("test.entry.written", "admin", Map.of())).at());
        }
        List<Instant> read = new ArrayList<>(trail.find(AuditFilter.any(), 0, 100).stream().map(AuditEntry::at)
                .toList());
        Collections.reverse(read);
        assertEquals(written, read);
        assertEquals(new ChainVerification(20, true, null, null), trail.verify());
    }

    @Test
    void aChainOfSeveralPagesVerifies() {
        append(3 * PAGE + 2);
        assertEquals(new ChainVerification(3 * PAGE + 2, true, null, null), trail.verify());
    }

    @Test
    void anUpdatedDetailIsDetectedAtThatEntry() {
        append(12);
        assertEquals(1, jdbcUpdate("UPDATE aud_entry SET details = ? WHERE seq = ?", "{\"n\":\"999\"}", 9));
        assertBrokenAt(9, "does not match");
        assertEquals(9, trail.verify().entriesChecked());
    }

    @Test
    void anyChangedColumnIsDetected() {
        append(6);
        jdbcUpdate("UPDATE aud_entry SET actor_login = ? WHERE seq = ?", "someone.else", 5);
        assertBrokenAt(5, "does not match");
        jdbcUpdate("UPDATE aud_entry SET unit_id = ? WHERE seq = ?", 4, 3);
        assertBrokenAt(3, "does not match");
        jdbcUpdate("UPDATE aud_entry SET target_id = NULL WHERE seq = ?", 2);
        assertBrokenAt(2, "does not match");
    }

    @Test
    void aTimeMovedByOneMicrosecondIsDetected() {
        append(4);
        AuditEntry second = trail.find(AuditFilter.any(), 2, 1).get(0);
        assertEquals(2, second.sequence());
        String moved = java.time.LocalDateTime.ofInstant(second.at().plus(1, ChronoUnit.MICROS), ZoneOffset.UTC)
                .toString().replace('T', ' ');
        assertEquals(1, jdbcUpdate("UPDATE aud_entry SET at = ? WHERE seq = 2", moved));
        assertBrokenAt(2, "does not match");
    }

    @Test
    void aDeletedMiddleEntryIsDetected() {
        append(10);
        assertEquals(1, jdbcUpdate("DELETE FROM aud_entry WHERE seq = 5"));
        assertBrokenAt(5, "entry 5 is missing");
    }

    @Test
    void aDeletedLastEntryIsDetectedBecauseTheHeadStillCountsIt() {
        append(PAGE);
        jdbcUpdate("DELETE FROM aud_entry WHERE seq = ?", PAGE);
        assertBrokenAt(PAGE, "missing");
    }

    @Test
    void aForgedEntryWithRecomputedHashBreaksTheLinkToTheNext() {
        append(10);
        String previousHash = jdbcString("SELECT hash FROM aud_entry WHERE seq = 4");
        AuditRecord original = store.read(em -> em.find(AuditRecord.class, 5L));
        AuditRecord forged = new AuditRecord(5, original.getAt(), original.getAction(), "intruder",
                original.getActorUserId(), original.getTargetType(), original.getTargetId(), original.getUnitId(),
                "{\"n\":\"forged\"}", original.getRemoteAddress());
        String forgedHash = EntryHasher.hash(previousHash, forged);
        assertEquals(1, jdbcUpdate("UPDATE aud_entry SET actor_login = ?, details = ?, hash = ? WHERE seq = 5",
                "intruder", "{\"n\":\"forged\"}", forgedHash));

        assertBrokenAt(6, "does not match");
        assertEquals("intruder", trail.find(AuditFilter.any(), 5, 1).get(0).event().actorLogin(),
                "the forged row itself hashes correctly; its successor exposes it");
    }

    @Test
    void aRowInsertedBeyondTheHeadIsDetected() {
        append(3);
        jdbcUpdate("INSERT INTO aud_entry (seq, at, action, actor_login, details, hash) VALUES (4, ?, ?, ?, ?, ?)",
                "2026-01-01 00:00:00.000000", "test.entry.written", "intruder", "{}",
                "0".repeat(64));
        assertBrokenAt(4, "beyond the chain head");
    }

    @Test
    void aHeadThatDisagreesWithTheLastEntryIsDetected() {
        append(5);
        jdbcUpdate("UPDATE aud_chain_head SET last_hash = ? WHERE id = 1", "f".repeat(64));
        assertBrokenAt(5, "head");
    }

    @Test
    void concurrentAppendsFromFourThreadsFormOneGapFreeChain() throws Exception {
        int threads = 4;
        int each = 15;
        writeConcurrently(List.of(trail, trail, trail, trail), each);
        assertGapFreeAndIntact(threads * each);
    }

    @Test
    void twoNodesOnOneDatabaseFormOneGapFreeChain() throws Exception {
        // a second, separately built persistence unit (own EntityManagerFactory, own session) on the same database,
        // as a second Karaf node would have
        EntityStore secondNode = database.open(new PersistenceUnitDefinition("audit-second-node",
                AuditTrailService.UNIT.classLoader(), AuditTrailService.UNIT.managedClasses(),
                AuditTrailService.UNIT.changelogPath()));
        AuditTrailService other = new AuditTrailService(secondNode, Clock.systemUTC(), PAGE);
        int each = 15;
        writeConcurrently(List.of(trail, other, trail, other), each);
        assertGapFreeAndIntact(4 * each);
        assertEquals(new ChainVerification(4 * each, true, null, null), other.verify());
    }

    @Test
    void verifyingWhileOthersAppendReportsNoFalseBreak() throws Exception {
        append(PAGE);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> appending = writer.submit(() -> append(40));
            int runs = 0;
            while (!appending.isDone() || runs < 3) {
                ChainVerification result = trail.verify();
                assertTrue(result.intact(), result.toString());
                runs++;
            }
            appending.get(2, TimeUnit.MINUTES);
        } finally {
            writer.shutdownNow();
        }
        assertEquals(new ChainVerification(PAGE + 40, true, null, null), trail.verify());
    }

    private void writeConcurrently(List<AuditTrailService> writers, int each) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers.size());
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers.size(); w++) {
                AuditTrailService writer = writers.get(w);
                String login = "writer" + w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        writer.record(event("test.concurrent.write", login, Map.of("i", Integer.toString(i))));
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertGapFreeAndIntact(int total) {
        List<AuditEntry> all = trail.find(AuditFilter.any(), 0, total + 10);
        assertEquals(total, all.size());
        Set<Long> sequences = new TreeSet<>();
        all.forEach(entry -> sequences.add(entry.sequence()));
        assertEquals(total, sequences.size());
        assertEquals(1L, ((TreeSet<Long>) sequences).first());
        assertEquals((long) total, ((TreeSet<Long>) sequences).last());
        assertEquals(new ChainVerification(total, true, null, null), trail.verify());
        for (int w = 0; w < 4; w++) {
            assertEquals(total / 4, trail.count(new AuditFilter(null, "writer" + w, null, null, null, null)));
        }
    }

    @Test
    void filtersAndPagesNewestFirst() {
        trail.record(new AuditEvent("identity.login", "admin", 1L, null, null, 1L, Map.of(), null));
        trail.record(new AuditEvent("identity.login.failed", "Admin", null, null, null, null, Map.of(), null));
        trail.record(new AuditEvent("case.unmask", "thanhtra", 5L, "case", "17", 9L, Map.of(), null));
        trail.record(new AuditEvent("case.updated", "xuly", 4L, "case", "17", 9L, Map.of(), null));
        trail.record(new AuditEvent("case.updated", "xuly", 4L, "case", "18", 9L, Map.of(), null));
        trail.record(new AuditEvent("casework.note", "xuly", 4L, "case", "17", 9L, Map.of(), null));

        assertEquals(List.of(2L, 1L), sequences(new AuditFilter("identity.", null, null, null, null, null)));
        assertEquals(List.of(2L, 1L), sequences(new AuditFilter("identity.login", null, null, null, null, null)));
        assertEquals(List.of(5L, 4L, 3L), sequences(new AuditFilter("case.", null, null, null, null, null)),
                "a prefix is a prefix: case. does not match casework.");
        assertEquals(List.of(), sequences(new AuditFilter("case_", null, null, null, null, null)),
                "LIKE wildcards in the prefix are literal");
        assertEquals(List.of(), sequences(new AuditFilter("%", null, null, null, null, null)));
        assertEquals(List.of(1L), sequences(new AuditFilter(null, "admin", null, null, null, null)),
                "logins compare exactly, as typed");
        assertEquals(List.of(6L, 4L, 3L), sequences(new AuditFilter(null, null, "case", "17", null, null)));
        assertEquals(List.of(5L, 4L), sequences(new AuditFilter("case.updated", "xuly", "case", null, null, null)));

        Instant thirdAt = trail.find(new AuditFilter("case.unmask", null, null, null, null, null), 0, 1).get(0).at();
        Instant fifthAt = trail.find(AuditFilter.any(), 1, 1).get(0).at();
        List<Long> window = sequences(new AuditFilter(null, null, null, null, thirdAt, fifthAt));
        assertTrue(window.contains(3L) && !window.contains(2L) && !window.contains(6L), window.toString());

        assertEquals(List.of(6L, 5L), pageOf(AuditFilter.any(), 0, 2));
        assertEquals(List.of(4L, 3L), pageOf(AuditFilter.any(), 2, 2));
        assertEquals(List.of(2L, 1L), pageOf(AuditFilter.any(), 4, 2));
        assertEquals(List.of(), pageOf(AuditFilter.any(), 6, 2));
        assertEquals(List.of(4L), pageOf(new AuditFilter("case.", null, null, null, null, null), 1, 1));
        assertEquals(3, trail.count(new AuditFilter("case.", null, null, null, null, null)));
        assertEquals(6, trail.count(null));
    }

    private List<Long> sequences(AuditFilter filter) {
        List<Long> found = pageOf(filter, 0, 100);
        assertEquals(found.size(), trail.count(filter), "count agrees with find for " + filter);
        return found;
    }

    private List<Long> pageOf(AuditFilter filter, int offset, int limit) {
        return trail.find(filter, offset, limit).stream().map(AuditEntry::sequence).toList();
    }

    @Test
    void vietnameseTextRoundTripsAsGivenAndIsHashedAsUtf8() {
        String reason = "Ông Nguyễn Văn An khiếu nại quyết định thu hồi đất – \"lần 2\"\n\\ Xã Tiên Du 🏛";
        String decomposed = Normalizer.normalize("Phạm Thị Dung", Normalizer.Form.NFD);
        AuditEvent event = new AuditEvent("case.unmask", "thanhtra", 5L, "case", "hồ-sơ-17", 9L,
                Map.of("reason", reason, "người.xem", "ignored"), null);
        ValidationException refused = assertThrows(ValidationException.class, () -> trail.record(event),
                "detail keys are ASCII field names");
        assertEquals("details", refused.violations().get(0).field());

        AuditEvent valid = new AuditEvent("case.unmask", "thanhtra", 5L, "case", "hồ-sơ-17", 9L,
                Map.of("reason", reason, "name", decomposed), null);
        AuditEntry stored = trail.record(valid);

        AuditEntry read = trail.find(AuditFilter.any(), 0, 1).get(0);
        assertEquals(stored, read);
        assertEquals(reason, read.event().details().get("reason"));
        assertEquals(decomposed, read.event().details().get("name"), "kept as given, not normalised");
        assertNotEquals(Normalizer.normalize(decomposed, Normalizer.Form.NFC), read.event().details().get("name"));
        assertTrue(jdbcString("SELECT details FROM aud_entry WHERE seq = 1").contains("khiếu nại quyết định"),
                "readable in the table as text");
        assertEquals(List.of(1L), sequences(new AuditFilter(null, null, "case", "hồ-sơ-17", null, null)));
        assertEquals(new ChainVerification(1, true, null, null), trail.verify());
    }

    @Test
    void refusesInvalidEventsAndStoresNothing() {
        assertRefused(new AuditEvent("Login", "admin", null, null, null, null, null, null), "action",
                EventValidator.ACTION_FORMAT);
        assertRefused(new AuditEvent("identity", "admin", null, null, null, null, null, null), "action",
                EventValidator.ACTION_FORMAT);
        assertRefused(new AuditEvent(" ", "admin", null, null, null, null, null, null), "action",
                EventValidator.REQUIRED);
        assertRefused(new AuditEvent("identity.login", "", null, null, null, null, null, null), "actorLogin",
                EventValidator.REQUIRED);
        assertRefused(new AuditEvent("identity.login", "ad\u001b[2Jmin", null, null, null, null, null, null),
                "actorLogin", EventValidator.CONTROL_CHARACTER);
        assertRefused(new AuditEvent("identity.login", "a".repeat(256), null, null, null, null, null, null),
                "actorLogin", EventValidator.TOO_LONG);
        assertRefused(new AuditEvent("identity.login", "admin", 0L, null, null, null, null, null), "actorUserId",
                EventValidator.ID_POSITIVE);
        assertRefused(new AuditEvent("identity.login", "admin", null, null, null, -3L, null, null), "unitId",
                EventValidator.ID_POSITIVE);
        assertRefused(new AuditEvent("identity.login", "admin", null, "user", "x".repeat(129), null, null, null),
                "targetId", EventValidator.TOO_LONG);
        assertRefused(new AuditEvent("identity.login", "admin", null, null, null, null, Map.of("note", "\uD800"),
                null), "details.note", EventValidator.MALFORMED);
        assertRefused(new AuditEvent("identity.login", "admin", null, null, null, null, Map.of("note", "a\u0000b"),
                null), "details.note", EventValidator.CONTROL_CHARACTER);
        assertRefused(new AuditEvent("identity.login", "admin", null, null, null, null,
                Map.of("note", "ạ".repeat(EventValidator.DETAILS_MAX)), null), "details",
                EventValidator.DETAILS_TOO_LONG);
        assertRefused(new AuditEvent("identity.login", "admin", null, null, null, null, Map.of("a b", "x"), null),
                "details", EventValidator.DETAIL_KEY_FORMAT);

        assertEquals(0, trail.count(AuditFilter.any()));
        assertEquals(new ChainVerification(0, true, null, null), trail.verify());
        trail.record(new AuditEvent("identity.login", "admin", null, null, null, null,
                Map.of("note", "line one\r\n\tline two"), null));
        assertEquals(1, trail.find(AuditFilter.any(), 0, 1).get(0).sequence(), "no sequence number was used up");
    }

    private void assertRefused(AuditEvent event, String field, String key) {
        ValidationException refused = assertThrows(ValidationException.class, () -> trail.record(event));
        assertTrue(refused.violations().stream().anyMatch(v -> field.equals(v.field()) && key.equals(v.messageKey())),
                refused.violations().toString());
    }

    @Test
    void refusesBadPagesAndFilters() {
        assertEquals(Violation.of("limit", EventValidator.LIMIT_RANGE, 1, EventValidator.PAGE_MAX),
                assertThrows(ValidationException.class, () -> trail.find(AuditFilter.any(), 0, 0)).violations()
                        .get(0));
        assertThrows(ValidationException.class, () -> trail.find(AuditFilter.any(), 0, EventValidator.PAGE_MAX + 1));
        assertThrows(ValidationException.class, () -> trail.find(AuditFilter.any(), -1, 10));
        assertThrows(ValidationException.class,
                () -> trail.count(new AuditFilter("x".repeat(EventValidator.ACTION_MAX + 1), null, null, null,
                        null, null)));
        assertEquals(List.of(), trail.find(AuditFilter.any(), 0, EventValidator.PAGE_MAX), "the largest page is fine");
    }

    @Test
    void recordThrowsWhenItCannotStoreAndWritesNothing() {
        append(2);
        jdbcUpdate("DELETE FROM aud_chain_head");
        assertThrows(RuntimeException.class,
                () -> trail.record(event("case.unmask", "thanhtra", Map.of("reason", "x"))));
        assertEquals(2, trail.count(AuditFilter.any()));
    }

    @Test
    void aHandEditedDetailsTextStillShowsInTheViewer() {
        append(1);
        jdbcUpdate("UPDATE aud_entry SET details = ? WHERE seq = 1", "not canonical");
        assertEquals(Map.of("?", "not canonical"), trail.find(AuditFilter.any(), 0, 1).get(0).event().details());
        assertBrokenAt(1, "does not match");
    }
}
