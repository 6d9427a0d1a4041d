package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.feed.FeedMarker;
import org.danvan.platform.api.feed.FeedRecord;
import org.danvan.platform.api.feed.RecordFeed;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.BookFilter;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.PetitionKind;
import org.danvan.reception.api.ReceptionSession;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** The reception book: numbering, cases, validation, personal data, search, scope, locking, audit. */
abstract class BookContract extends ReceptionFixture {

    @Test
    void bookNumbersAreGapFreeUnderFourConcurrentOfficers() throws Exception {
        int threads = 4;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                Callable<List<Integer>> job = () -> {
                    start.await();
                    List<Integer> numbers = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        numbers.add(book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Công dân " + worker + "-"
                                + i), OFFICER).number());
                    }
                    return numbers;
                };
                results.add(pool.submit(job));
            }
            start.countDown();
            Set<Integer> numbers = new HashSet<>();
            for (Future<List<Integer>> r : results) {
                numbers.addAll(r.get(120, TimeUnit.SECONDS));
            }
            Set<Integer> expected = new HashSet<>();
            for (int n = 1; n <= threads * perThread; n++) {
                expected.add(n);
            }
            assertEquals(expected, numbers);
        } finally {
            pool.shutdownNow();
        }
        // another unit and another year each start their own book at 1
        assertEquals(1, book.record(draft(WARD, LocalDate.of(2026, 7, 14), "Lê Văn Dũng"), WARD_OFFICER).number());
        assertEquals(1, book.record(draft(COMMUNE, LocalDate.of(2025, 12, 31), "Lê Văn Dũng"), OFFICER).number());
        assertEquals(21, book.record(draft(COMMUNE, LocalDate.of(2026, 1, 2), "Lê Văn Dũng"), OFFICER).number());
    }

    @Test
    void anEntryBecomesACaseExactlyOnceUnderTwoConcurrentAttempts() throws Exception {
        BookEntry entry = book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Nguyễn Thị Hồng Nhung"), OFFICER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Callable<Long> attempt = () -> {
                start.await();
                return book.openCase(entry.id(), OFFICER);
            };
            Future<Long> first = pool.submit(attempt);
            Future<Long> second = pool.submit(attempt);
            start.countDown();
            long a = first.get(60, TimeUnit.SECONDS);
            long b = second.get(60, TimeUnit.SECONDS);
            assertEquals(a, b);
            assertEquals(1, cases.intakeCalls.get());
            assertEquals(1, cases.cases.size());
            assertEquals(a, book.find(entry.id(), OFFICER).orElseThrow().caseId());
            CaseIntake.Petition petition = cases.cases.get(a);
            assertEquals("Nguyễn Thị Hồng Nhung", petition.citizenName());
            assertEquals(entry.id(), petition.entryId());
        } finally {
            pool.shutdownNow();
        }
        // a later call is answered from the entry
        assertEquals(cases.cases.keySet().iterator().next(), book.openCase(entry.id(), OFFICER));
        assertEquals(1, cases.intakeCalls.get());
    }

    @Test
    void aRetryAfterALostAnswerReusesTheCaseInsteadOfCreatingAnother() {
        BookEntry entry = book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Đỗ Văn Hùng"), OFFICER);
        cases.failOnceAfterCreating = true;

        assertThrows(IllegalStateException.class, () -> book.openCase(entry.id(), OFFICER));
        assertNull(book.find(entry.id(), OFFICER).orElseThrow().caseId(), "no link to a case not confirmed");

        long caseId = book.openCase(entry.id(), OFFICER);
        assertEquals(1, cases.cases.size());
        assertTrue(cases.cases.containsKey(caseId));
        assertEquals(caseId, book.find(entry.id(), OFFICER).orElseThrow().caseId());
    }

    @Test
    void aPetitionReturnedToTheCitizenDoesNotBecomeACase() {
        BookEntryDraft d = draft(COMMUNE, LocalDate.of(2026, 7, 14), "Vũ Thị Lan");
        BookEntry returned = book.record(new BookEntryDraft(d.unitId(), d.receivedOn(), d.citizenName(),
                d.citizenAddress(), d.idNumber(), d.content(), d.petitionKind(), 3, "UBND xã Tiên Du",
                Disposition.RETURN_AND_GUIDE, "Tòa án nhân dân khu vực 1 - Bắc Ninh", null, null, null), OFFICER);

        ValidationException refused = assertThrows(ValidationException.class,
                () -> book.openCase(returned.id(), OFFICER));
        assertEquals("reception.validation.returned-no-case", refused.violations().get(0).messageKey());
        assertEquals(0, cases.intakeCalls.get());
    }

    /** Decree 154/2026 art. 4 [verify]: a refused reception is recorded with its ground and the notice day. */
    @Test
    void aRefusedReceptionIsRecordedWithItsGround() {
        BookEntryDraft d = draft(COMMUNE, LocalDate.of(2026, 7, 14), "Phan Văn Tâm");
        BookEntry refused = book.record(new BookEntryDraft(d.unitId(), d.receivedOn(), d.citizenName(),
                d.citizenAddress(), d.idNumber(), d.content(), d.petitionKind(), 1, null, Disposition.REFUSE, null, null,
                null, null, "Vụ việc đã giải quyết đúng chính sách, đã được kiểm tra, rà soát (Điều 9 Luật Tiếp công dân)",
                LocalDate.of(2026, 7, 15)), OFFICER);
        assertEquals(Disposition.REFUSE, refused.disposition());
        assertTrue(refused.refusalGround().startsWith("Vụ việc đã giải quyết"));
        assertEquals(LocalDate.of(2026, 7, 15), refused.refusalNoticeOn());
        assertEquals(null, refused.transferredTo(), "no target for a refusal");
        assertEquals("reception.validation.returned-no-case", assertThrows(ValidationException.class,
                () -> book.openCase(refused.id(), OFFICER)).violations().get(0).messageKey());

        ValidationException noGround = assertThrows(ValidationException.class, () -> book.record(
                new BookEntryDraft(d.unitId(), d.receivedOn(), d.citizenName(), null, null, d.content(),
                        d.petitionKind(), 1, null, Disposition.REFUSE, null, null, null, null, " ", null), OFFICER));
        assertEquals("refusalGround:" + Violations.REQUIRED, noGround.violations().get(0).field() + ":"
                + noGround.violations().get(0).messageKey());
        ValidationException groundElsewhere = assertThrows(ValidationException.class, () -> book.record(
                new BookEntryDraft(d.unitId(), d.receivedOn(), d.citizenName(), null, null, d.content(),
                        d.petitionKind(), 1, null, Disposition.ACCEPT, null, null, null, null, "Căn cứ từ chối",
                        null), OFFICER));
        assertEquals("reception.validation.refusal-only", groundElsewhere.violations().get(0).messageKey());
        ValidationException noticeBefore = assertThrows(ValidationException.class, () -> book.record(
                new BookEntryDraft(d.unitId(), d.receivedOn(), d.citizenName(), null, null, d.content(),
                        d.petitionKind(), 1, null, Disposition.REFUSE, null, null, null, null, "Căn cứ từ chối",
                        LocalDate.of(2026, 7, 13)), OFFICER));
        assertEquals("reception.validation.before-reception", noticeBefore.violations().get(0).messageKey());
    }

    @Test
    void invalidEntriesAreRefusedWithTranslatableReasonsAndNothingIsStored() {
        BookEntryDraft bad = new BookEntryDraft(COMMUNE, LocalDate.of(2026, 7, 16), " ", null, "12345",
                "x".repeat(4001), PetitionKind.DENUNCIATION, 0, null, Disposition.TRANSFER, null, null,
                "bad\u0007bell", null);

        ValidationException refused = assertThrows(ValidationException.class, () -> book.record(bad, OFFICER));

        Set<String> reasons = new HashSet<>();
        for (Violation v : refused.violations()) {
            reasons.add(v.field() + ":" + v.messageKey());
        }
        assertEquals(Set.of("receivedOn:reception.validation.in-future", "citizenName:reception.validation.required",
                "idNumber:reception.validation.id-number", "content:reception.validation.too-long",
                "peopleCount:reception.validation.out-of-range",
                "transferredTo:reception.validation.transfer-target-required",
                "notes:reception.validation.control-characters"), reasons);
        assertEquals(0, book.count(BookFilter.any(), ADMIN));

        ValidationException beforeTheUnit = assertThrows(ValidationException.class,
                () -> book.record(draft(COMMUNE, LocalDate.of(2025, 6, 30), "Ai Đó"), ADMIN));
        assertEquals("reception.validation.unit-not-valid-on", beforeTheUnit.violations().get(0).messageKey());
        assertEquals(List.of("Xã Tiên Du"), beforeTheUnit.violations().get(0).args());
        assertThrows(ValidationException.class, () -> book.page(BookFilter.any(), 0, 500, ADMIN));
    }

    @Test
    void vietnameseTextRoundTripsAndIsFoundWithoutDiacriticsWhileTheNameStaysEncrypted() throws SQLException {
        BookEntry stored = book.record(new BookEntryDraft(COMMUNE, LocalDate.of(2026, 7, 14),
                "Nguyễn Thị Hồng Nhung", "Thôn Đông Sơn, xã Tiên Du, tỉnh Bắc Ninh", "001 099 012 345",
                "Phản ánh việc đổ trộm rác thải ở bờ đê sông Đuống", PetitionKind.REFLECTION, 12,
                "Trưởng thôn Đông Sơn", Disposition.ACCEPT, null, "Hẹn trả lời sau 10 ngày",
                "Đoàn đông người, cử ông Trịnh Văn Ước làm đại diện", null), OFFICER);

        BookEntry read = book.find(stored.id(), OFFICER).orElseThrow();
        assertEquals("Nguyễn Thị Hồng Nhung", read.citizenName());
        assertEquals("Thôn Đông Sơn, xã Tiên Du, tỉnh Bắc Ninh", read.citizenAddress());
        assertEquals("001099012345", read.idNumber());
        assertEquals("Phản ánh việc đổ trộm rác thải ở bờ đê sông Đuống", read.content());
        assertEquals("Đoàn đông người, cử ông Trịnh Văn Ước làm đại diện", read.notes());
        assertEquals(2026, read.year());

        book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Trần Văn Nam"), OFFICER);
        assertEquals(List.of(stored.id()), ids(new BookFilter(COMMUNE, null, null, "nguyen thi", null)));
        assertEquals(List.of(stored.id()), ids(new BookFilter(null, null, null, "NHUNG", null)));
        assertEquals(List.of(stored.id()), ids(new BookFilter(null, null, null, "song duong", null)));
        assertEquals(List.of(stored.id()), ids(new BookFilter(null, null, null, "001099012345", null)));
        assertEquals(List.of(), ids(new BookFilter(null, null, null, "Nhun", null)), "whole words of names only");
        assertEquals(2, book.count(new BookFilter(COMMUNE, LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 14),
                null, Disposition.ACCEPT), OFFICER));

        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT citizen_name_enc, citizen_address_enc, id_number_enc, "
                        + "name_index, content FROM rcp_book_entry WHERE id = " + stored.id())) {
            assertTrue(rs.next());
            String row = rs.getString(1) + rs.getString(2) + rs.getString(3) + rs.getString(4);
            assertFalse(row.contains("Nguy") || row.contains("nguyen") || row.contains("Nhung")
                    || row.contains("Đông") || row.contains("012345"), row);
            assertEquals("Phản ánh việc đổ trộm rác thải ở bờ đê sông Đuống", rs.getString(5));
        }
        for (AuditEvent e : audit.events()) {
            assertFalse(e.details().toString().contains("Nhung"), e.toString());
        }
    }

    @Test
    void aRotatedRingKeepsOldEntriesReadableAndReencryptionMovesThemWithoutBreakingSearch() throws SQLException {
        BookEntry before = book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Phạm Thị Lan"), OFFICER);
        keys.rotate(PersonalDataProtector.PURPOSE, "k2");
        BookEntry after = book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Phạm Văn Lâm"), OFFICER);
        assertEquals(List.of("k1", "k2"), storedKeyIds());
        assertEquals("Phạm Thị Lan", book.find(before.id(), OFFICER).orElseThrow().citizenName());

        BookReencryption reencryption = new BookReencryption(reception);
        assertEquals(1, reencryption.reencryptAll(), "only the entry under k1 is rewritten");
        assertEquals(List.of("k2"), storedKeyIds());
        assertEquals(0, reencryption.reencryptAll());
        assertEquals("Phạm Thị Lan", book.find(before.id(), OFFICER).orElseThrow().citizenName());
        assertEquals(List.of(before.id()), ids(new BookFilter(COMMUNE, null, null, "pham thi lan", null)));
        assertEquals(List.of(after.id()), ids(new BookFilter(COMMUNE, null, null, "Lâm", null)));
    }

    private List<String> storedKeyIds() throws SQLException {
        List<String> keyIds = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT citizen_name_enc FROM rcp_book_entry")) {
            while (rs.next()) {
                String id = org.danvan.platform.api.keys.KeyRing.keyIdOf(rs.getString(1));
                if (!keyIds.contains(id)) {
                    keyIds.add(id);
                }
            }
        }
        keyIds.sort(null);
        return keyIds;
    }

    private List<Long> ids(BookFilter filter) {
        return book.page(filter, 0, 50, OFFICER).stream().map(BookEntry::id).toList();
    }

    @Test
    void officersSeeOnlyTheirUnitsBooks() {
        BookEntry commune = book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Trần Văn Nam"), OFFICER);
        BookEntry ward = book.record(draft(WARD, LocalDate.of(2026, 7, 14), "Trần Văn Nam"), WARD_OFFICER);

        assertEquals(List.of(ward.id()), book.page(BookFilter.any(), 0, 50, WARD_OFFICER).stream()
                .map(BookEntry::id).toList());
        assertTrue(book.find(commune.id(), WARD_OFFICER).isEmpty());
        assertEquals(2, book.count(BookFilter.any(), ADMIN));
        assertThrows(AccessDeniedException.class, () -> book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14),
                "Trần Văn Nam"), WARD_OFFICER));
        assertThrows(AccessDeniedException.class, () -> book.page(new BookFilter(COMMUNE, null, null, null, null),
                0, 10, WARD_OFFICER));
    }

    @Test
    void aCorrectionFromAStaleReadIsRefused() {
        BookEntry entry = book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Trần Văn Nam"), OFFICER);
        BookEntryDraft d = draft(COMMUNE, LocalDate.of(2026, 7, 14), "Trần Văn Năm");
        BookEntry corrected = book.correct(entry.id(), entry.version(), d, OFFICER);
        assertEquals("Trần Văn Năm", corrected.citizenName());
        assertEquals(entry.number(), corrected.number());

        assertThrows(OptimisticLockException.class, () -> book.correct(entry.id(), entry.version(),
                draft(COMMUNE, LocalDate.of(2026, 7, 14), "Trần Văn Nâm"), CHAIR));
        assertEquals("Trần Văn Năm", book.find(entry.id(), OFFICER).orElseThrow().citizenName());

        ValidationException moved = assertThrows(ValidationException.class, () -> book.correct(entry.id(),
                corrected.version(), draft(COMMUNE, LocalDate.of(2025, 7, 14), "Trần Văn Năm"), OFFICER));
        assertEquals("reception.validation.year-fixed", moved.violations().get(0).messageKey());
    }

    @Test
    void changesAreAudited() {
        BookEntry entry = book.record(draft(COMMUNE, LocalDate.of(2026, 7, 14), "Trần Văn Nam"), OFFICER);
        book.openCase(entry.id(), OFFICER);
        List<String> actions = audit.events().stream().map(AuditEvent::action).toList();
        assertEquals(List.of("reception.book-entry.recorded", "reception.book-entry.case-opened"), actions);
        AuditEvent recorded = audit.events().get(0);
        assertEquals("tiepdan", recorded.actorLogin());
        assertEquals(Long.valueOf(COMMUNE), recorded.unitId());
        assertEquals(String.valueOf(entry.id()), recorded.targetId());
    }

    @Test
    void theExportFeedsHoldNewEntriesAndNeverCarryADenouncersIdentityOrAnIdNumber() {
        LocalDate day = LocalDate.of(2026, 7, 15);
        ReceptionSession session = held(COMMUNE, LocalDate.of(2026, 7, 9), LeaderRole.DEPUTY);
        BookEntry complaint = book.record(draft(COMMUNE, day, "Nguyễn Văn Khiếu"), OFFICER);
        BookEntry denunciation = book.record(new BookEntryDraft(COMMUNE, day, "Trần Văn Tố",
                "Thôn Bắc, xã Tiên Du, tỉnh Bắc Ninh", "027095009999", "Tố cáo cán bộ địa chính nhận tiền của dân",
                PetitionKind.DENUNCIATION, 1, null, Disposition.ACCEPT, null, null, null, null), OFFICER);
        List<Long> ids = List.of(complaint.id(), denunciation.id());

        RecordFeed early = ReceptionFeeds.entries(reception.store(), reception.protector(),
                java.time.Clock.offset(CLOCK, java.time.Duration.ofHours(23)), ReceptionFeeds.ENTRY_HOLD);
        assertEquals("reception-entry", early.recordType());
        assertEquals(ids, early.markers(0, RecordFeed.MAX_PAGE).stream().map(FeedMarker::id).toList());
        assertTrue(early.read(ids).isEmpty(), "an entry of the last 24 hours is held back");
        assertEquals(ReceptionFeeds.ENTRY_HOLD, ReceptionFeedRegistration.hold(-1));
        assertEquals(ReceptionFeeds.ENTRY_HOLD, ReceptionFeedRegistration.hold(721));
        assertEquals(java.time.Duration.ZERO, ReceptionFeedRegistration.hold(0));

        RecordFeed entries = ReceptionFeeds.entries(reception.store(), reception.protector(),
                java.time.Clock.offset(CLOCK, java.time.Duration.ofHours(25)), ReceptionFeedRegistration.hold(24));
        List<FeedRecord> read = entries.read(ids);
        assertEquals(ids, read.stream().map(FeedRecord::id).toList());
        FeedRecord open = read.get(0);
        assertEquals(false, open.fields().get("identityProtected"));
        assertEquals("Nguyễn Văn Khiếu", ((java.util.Map<?, ?>) open.fields().get("citizen")).get("fullName"));
        assertEquals("2026/" + complaint.number(), open.label());
        FeedRecord secret = read.get(1);
        assertEquals(true, secret.fields().get("identityProtected"));
        assertNull(secret.fields().get("citizen"));
        for (FeedRecord r : read) {
            String all = r.fields().toString();
            assertFalse(all.contains("Trần Văn Tố") || all.contains("Thôn Bắc"), all);
            assertFalse(all.contains("027095"), "never an identity card number: " + all);
        }

        // a correction changes the marker
        String before = entries.markers(0, 10).get(0).marker();
        book.correct(complaint.id(), complaint.version(), draft(COMMUNE, day, "Nguyễn Văn Khiếu Sửa"), OFFICER);
        assertNotEquals(before, entries.markers(0, 10).get(0).marker());

        RecordFeed sessions = ReceptionFeeds.sessions(reception.store());
        assertEquals(List.of(new FeedMarker(session.id(), Long.toString(session.version()))),
                sessions.markers(0, RecordFeed.MAX_PAGE));
        assertTrue(sessions.markers(session.id(), RecordFeed.MAX_PAGE).isEmpty());
        FeedRecord held = sessions.read(List.of(session.id())).get(0);
        assertEquals("HELD", held.fields().get("status"));
        assertEquals("DEPUTY", held.fields().get("heldByRole"));
        assertEquals("2026-07-09", held.fields().get("date"));
        assertFalse(held.fields().toString().contains("Phạm Văn Phó"), "no officer's name leaves");
    }
}
