package org.danvan.nationalexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.danvan.nationalexport.api.ExportStatus;
import org.danvan.nationalexport.api.NationalExportPermissions;
import org.danvan.nationalexport.api.RejectedRecord;
import org.danvan.platform.api.feed.FeedMarker;
import org.danvan.platform.api.feed.FeedRecord;
import org.danvan.platform.api.feed.RecordFeed;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The adapter on a real database (H2 and MariaDB) against a receiver on a loopback port that fails as told: failed
 * batches wait as the backoff says and go again, acknowledged records never go again (also after a restart),
 * a changed case goes as a new key, a refused record is kept with its reason and blocks nothing.
 */
@OnEveryDatabase
class ExportAdapterTest {

    private static final UserPrincipal ADMIN = new UserPrincipal(1, "admin", "Quản trị", FakeUnits.PROVINCE,
            "Tỉnh", Set.of(NationalExportPermissions.MANAGE));
    private static final UserPrincipal CHAIR = new UserPrincipal(11, "chutich.tiendu", "Chủ tịch", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(ADMIN, FakeUnits.PROVINCE, NationalExportPermissions.MANAGE);
    private final SettableClock clock = SettableClock.at(Instant.parse("2026-03-02T03:00:00Z"));
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final Cases cases = new Cases();
    private final AtomicInteger failNext = new AtomicInteger();
    private final List<String> keysAccepted = new CopyOnWriteArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private TestDatabase database;
    private NationalExportComponent adapter;

    @BeforeEach
    void start(TestDatabase database) throws IOException {
        this.database = database;
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/in", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            String answer;
            if (failNext.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                status = 503;
                answer = "{}";
            } else {
                answer = acknowledge(body);
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        receiver.start();
        adapter = adapter();
    }

    @SuppressWarnings("unchecked")
    private String acknowledge(String body) {
        Map<String, Object> batch = (Map<String, Object>) Json.read(body);
        List<Object> results = new ArrayList<>();
        List<Object> records = (List<Object>) batch.get("records");
        batchSizes.add(records.size());
        for (Object item : records) {
            Map<String, Object> record = (Map<String, Object>) item;
            String key = (String) record.get("key");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("key", key);
            if (String.valueOf(record.get("content")).contains("refuse")) {
                result.put("status", "rejected");
                result.put("reason", "Thiếu mã lĩnh vực");
            } else if (keysAccepted.contains(key)) {
                result.put("status", "duplicate");
            } else {
                keysAccepted.add(key);
                result.put("status", "accepted");
            }
            results.add(result);
        }
        return Json.write(Map.of("results", results));
    }

    private NationalExportComponent adapter() {
        ExportSettings settings = ExportSettings.of(ExportSettingsTest.config("http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/in", "bi-mat", 60, 2));
        return new NationalExportComponent(database, cases, access, audit, units, settings, clock, false);
    }

    @AfterEach
    void stop() {
        adapter.deactivate();
        receiver.stop(0);
    }

    /** The next look for changes is due (the interval is 60 s). */
    private void nextInterval() {
        clock.advance(Duration.ofSeconds(61));
    }

    private long batches() {
        return audit.actions().stream().filter("national-export.batch"::equals).count();
    }

    @Test
    void twoFailuresThenEveryRecordArrivesOnce() {
        cases.put(Cases.reflection(1, "Đèn đường hỏng", 0)).put(Cases.reflection(2, "Ổ gà đường liên thôn", 0))
                .put(Cases.denunciation(3));
        failNext.set(2);
        adapter.pass();
        ExportStatus failed = adapter.status(ADMIN);
        assertEquals("HTTP 503", failed.lastError());
        assertEquals(1, failed.failures());
        assertEquals(2, failed.sent(), "the first batch of two was attempted");
        assertEquals(1, failed.waiting());
        Instant retry = failed.nextAttempt();
        assertTrue(!retry.isBefore(clock.instant().plusMillis(500)) && !retry.isAfter(clock.instant().plusSeconds(1)),
                retry.toString());

        adapter.pass();
        assertEquals(1, batches(), "no attempt before the backoff is over");
        clock.advance(Duration.ofSeconds(1));
        adapter.pass();
        assertEquals(2, adapter.status(ADMIN).failures());
        assertTrue(adapter.status(ADMIN).nextAttempt().isAfter(clock.instant().plusMillis(999)), "doubled");
        clock.advance(Duration.ofSeconds(2));
        adapter.pass();

        assertEquals(3, keysAccepted.size(), keysAccepted.toString());
        assertEquals(Set.of("1", "2", "3"), Set.copyOf(keysAccepted.stream().map(k -> k.split(":")[1]).toList()));
        assertEquals(List.of(2, 1), batchSizes);
        ExportStatus done = adapter.status(ADMIN);
        assertEquals(3, done.acknowledged());
        assertEquals(0, done.waiting() + done.sent());
        assertEquals(0, done.failures());
        assertEquals("HTTP 503", done.lastError(), "the last error stays to be read");
        assertTrue(done.lastSuccess() != null && done.nextAttempt() == null);
        assertEquals(4, batches(), "every batch audited, failed or answered");

        nextInterval();
        adapter.pass();
        adapter.deactivate();
        adapter = adapter();
        adapter.pass();
        assertEquals(List.of(2, 1), batchSizes, "nothing acknowledged goes again, also after a restart");
    }

    @Test
    void aChangedCaseGoesAsANewKeyAndAnUnshownChangeDoesNot() {
        cases.put(Cases.reflection(1, "Đèn đường hỏng", 0));
        adapter.pass();
        String first = keysAccepted.get(0);
        cases.put(Cases.reflection(1, "Đèn đường hỏng", 3));
        nextInterval();
        adapter.pass();
        assertEquals(1, keysAccepted.size(), "a version bump without an exported change sends nothing");
        cases.put(Cases.reflection(1, "Đèn đường hỏng đã hai tháng", 4));
        adapter.pass();
        assertEquals(1, keysAccepted.size(), "changes are looked for once per interval");
        nextInterval();
        adapter.pass();
        assertEquals(2, keysAccepted.size());
        assertNotEquals(first, keysAccepted.get(1));
        assertEquals(1, adapter.status(ADMIN).acknowledged());
    }

    @Test
    void aRefusedRecordIsKeptWithItsReasonAndBlocksNothing() {
        cases.put(Cases.reflection(1, "Xin refuse bản ghi này", 0)).put(Cases.reflection(2, "Cầu tràn hỏng", 0));
        adapter.pass();
        assertEquals(List.of("2"), keysAccepted.stream().map(k -> k.split(":")[1]).toList());
        ExportStatus status = adapter.status(ADMIN);
        assertEquals(1, status.rejected());
        assertEquals(1, status.acknowledged());
        List<RejectedRecord> rejected = adapter.rejected(ADMIN, 10);
        assertEquals(1, rejected.size());
        assertEquals("Thiếu mã lĩnh vực", rejected.get(0).reason());
        assertEquals("2026/1", rejected.get(0).caseNumber());
        nextInterval();
        adapter.pass();
        assertEquals(List.of(2), batchSizes, "a refused record goes again only when it changes");
        cases.put(Cases.reflection(1, "Bản ghi đã sửa", 1));
        nextInterval();
        adapter.pass();
        assertEquals(2, keysAccepted.size());
        assertEquals(0, adapter.status(ADMIN).rejected());
    }

    @Test
    void sendNowIsTheAdministratorsAndAudited() {
        assertThrows(AccessDeniedException.class, () -> adapter.status(CHAIR));
        assertThrows(AccessDeniedException.class, () -> adapter.sendNow(CHAIR));
        cases.put(Cases.reflection(1, "Đèn đường hỏng", 0));
        failNext.set(1);
        adapter.pass();
        assertEquals(1, adapter.status(ADMIN).failures());
        adapter.sendNow(ADMIN);
        assertEquals("admin", audit.last().actorLogin());
        assertEquals("national-export.send-now", audit.last().action());
        adapter.pass();
        assertEquals(1, keysAccepted.size(), "sent at once, whatever the backoff said");
    }

    @Test
    void theConfigurationIsAuditedOncePerChangeWithoutItsToken() {
        long configured = audit.actions().stream().filter("national-export.configuration"::equals).count();
        assertEquals(1, configured);
        adapter.deactivate();
        adapter = adapter();
        assertEquals(1, audit.actions().stream().filter("national-export.configuration"::equals).count(),
                "the same configuration again is no change");
        assertTrue(audit.events().stream().noneMatch(e -> e.details().toString().contains("bi-mat")));
    }

    @Test
    void moduleFeedsGoBesideCasesAndWaitWhileTheirModuleIsAway() {
        cases.put(Cases.reflection(1, "Đèn đường hỏng", 0));
        MapFeed entries = new MapFeed("reception-entry").put(1, "0", "Ông A phản ánh đèn đường");
        adapter.addFeed(entries);
        adapter.addFeed(new MapFeed("case").put(1, "0", "a feed may not pass itself off as the cases"));
        adapter.addFeed(new MapFeed("Sổ tiếp dân").put(1, "0", "not a record type"));
        adapter.pass();
        assertEquals(2, keysAccepted.size(), String.valueOf(keysAccepted));
        assertTrue(keysAccepted.stream().anyMatch(k -> k.startsWith("case:1:")), String.valueOf(keysAccepted));
        assertTrue(keysAccepted.stream().anyMatch(k -> k.startsWith("reception-entry:1:")),
                String.valueOf(keysAccepted));

        entries.put(1, "1", "Ông A phản ánh đèn đường (đã sửa)");
        failNext.set(1);
        nextInterval();
        adapter.pass();
        assertEquals(1, adapter.status(ADMIN).waiting() + adapter.status(ADMIN).sent());

        // the reception module is removed while its entry waits: nothing fails, the entry keeps waiting
        adapter.deactivate();
        adapter = adapter();
        clock.advance(Duration.ofHours(2));
        adapter.pass();
        assertEquals(2, keysAccepted.size());
        assertEquals(1, adapter.status(ADMIN).waiting() + adapter.status(ADMIN).sent());

        // back: the changed entry goes once, under a new key; the unchanged case does not go again
        adapter.addFeed(entries);
        nextInterval();
        adapter.pass();
        assertEquals(3, keysAccepted.size(), String.valueOf(keysAccepted));
        assertEquals(2, keysAccepted.stream().filter(k -> k.startsWith("reception-entry:1:")).count());
        assertEquals(0, adapter.status(ADMIN).waiting() + adapter.status(ADMIN).sent());
        assertEquals(2, adapter.status(ADMIN).acknowledged());
    }

    @Test
    void waitingRecordsTheirSourceNoLongerGivesHoldNothingBack() {
        MapFeed entries = new MapFeed("reception-entry").put(1, "0", "Ông A").put(2, "0", "Bà B").put(3, "0", "Ông C")
                .put(4, "0", "Bà D").put(5, "0", "Ông E");
        adapter.addFeed(entries);
        failNext.set(1);
        adapter.pass(); // all five observed and waiting; the one batch tried failed
        assertEquals(0, keysAccepted.size());
        assertEquals(5, adapter.status(ADMIN).waiting() + adapter.status(ADMIN).sent());

        // the three oldest (more than a batch: the batch size is 2) are gone at the source since
        entries.unreadable.addAll(List.of(1L, 2L, 3L));
        clock.advance(Duration.ofHours(2));
        adapter.pass();
        assertEquals(List.of("reception-entry:4:", "reception-entry:5:"),
                keysAccepted.stream().map(k -> k.substring(0, k.lastIndexOf(':') + 1)).sorted().toList());
        assertEquals(3, adapter.status(ADMIN).waiting() + adapter.status(ADMIN).sent(), "the unreadable keep waiting");

        // readable again: they go too
        entries.unreadable.clear();
        nextInterval();
        adapter.pass();
        assertEquals(5, keysAccepted.size(), String.valueOf(keysAccepted));
        assertEquals(0, adapter.status(ADMIN).waiting() + adapter.status(ADMIN).sent());
    }

    /** A module's feed held in memory: id to marker and content; ids in {@code unreadable} are not given. */
    private static final class MapFeed implements RecordFeed {

        private final String type;
        private final Map<Long, FeedRecord> records = new java.util.TreeMap<>();
        private final Set<Long> unreadable = new java.util.HashSet<>();

        MapFeed(String type) {
            this.type = type;
        }

        MapFeed put(long id, String marker, String content) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("localId", id);
            fields.put("content", content);
            records.put(id, new FeedRecord(id, marker, FakeUnits.TIEN_DU, "2026/" + id, fields));
            return this;
        }

        @Override
        public String recordType() {
            return type;
        }

        @Override
        public List<FeedMarker> markers(long afterId, int limit) {
            return records.values().stream().filter(r -> r.id() > afterId).limit(limit)
                    .map(r -> new FeedMarker(r.id(), r.marker())).toList();
        }

        @Override
        public List<FeedRecord> read(java.util.Collection<Long> ids) {
            return records.values().stream().filter(r -> ids.contains(r.id()) && !unreadable.contains(r.id()))
                    .toList();
        }
    }
}
