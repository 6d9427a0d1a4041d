package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.AgencyConference;
import org.danvan.grassroots.api.AgencyConferenceDraft;
import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.Aspiration;
import org.danvan.grassroots.api.AspirationDraft;
import org.danvan.grassroots.api.AspirationRecipient;
import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardKind;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.persistence.OptimisticLockException;

/** Agencies' annual staff conferences and the staff aspirations, on H2 and MariaDB. */
@OnEveryDatabase
class AgencyServiceTest {

    @TempDir
    Path keyDirectory;

    static final UserPrincipal CLERK = new UserPrincipal(6, "vanphong", "vanphong", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal LIM = new UserPrincipal(3, "lim", "lim", FakeUnits.LIM, null, Set.of());
    static final UserPrincipal READER = new UserPrincipal(7, "doc", "doc", FakeUnits.TIEN_DU, null, Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CLERK, FakeUnits.TIEN_DU, GrassrootsPermissions.MANAGE_AGENCY)
            .grant(CLERK, FakeUnits.TIEN_DU, GrassrootsPermissions.MANAGE_DECISIONS)
            .grant(LIM, FakeUnits.LIM, GrassrootsPermissions.MANAGE_AGENCY)
            .grant(READER, FakeUnits.TIEN_DU, GrassrootsPermissions.VIEW);
    private final SettableClock clock = SettableClock.at("2027-01-20T08:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private GrassrootsServices services;
    private AgencyService agencies;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        services = new GrassrootsServices(database, access, units, audit,
                RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
                TestKeys.in(keyDirectory), clock);
        agencies = services.agencies();
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    private static AgencyConferenceDraft conference(Long boardId) {
        return new AgencyConferenceDraft(FakeUnits.TIEN_DU, 2026, LocalDate.of(2027, 1, 15), 42, 39,
                "Thông qua quy chế chi tiêu nội bộ năm 2027.", boardId);
    }

    @Test
    void aConferenceRecordsAttendanceResolutionsAndTheBoardElected() {
        ValidationException bad = assertThrows(ValidationException.class, () -> agencies.recordConference(
                new AgencyConferenceDraft(null, 2022, LocalDate.of(2027, 1, 25), 0, 3, " ", null), CLERK));
        assertEquals(List.of("unitId", "year", "heldOn", "staffTotal", "attended", "resolutions"),
                bad.violations().stream().map(Violation::field).toList());
        ValidationException future = assertThrows(ValidationException.class, () -> agencies.recordConference(
                new AgencyConferenceDraft(FakeUnits.TIEN_DU, 2026, LocalDate.of(2027, 1, 21), 42, 39, "NQ", null),
                CLERK));
        assertEquals(List.of(Violation.of("heldOn", AgencyConferenceDraft.HELD_ON)), future.violations());
        assertThrows(AccessDeniedException.class, () -> agencies.recordConference(conference(null), LIM));

        List<BoardMember> members = new ArrayList<>();
        for (String name : Arrays.asList("Đỗ Văn An", "Ngô Thị Bình", "Vũ Văn Cường")) {
            members.add(new BoardMember(name, null, true));
        }
        // an agency's board: its members are its staff (officials allowed), no least number in the rule table
        Board agencyBoard = services.boards().createBoard(new BoardDraft(FakeUnits.TIEN_DU,
                "Ban Thanh tra nhân dân cơ quan UBND xã", LocalDate.of(2027, 1, 15), LocalDate.of(2029, 1, 14),
                members, BoardKind.AGENCY_INSPECTION, null), CLERK);
        Board communeBoard = services.boards().createBoard(new BoardDraft(FakeUnits.TIEN_DU, "Ban TTND xã",
                LocalDate.of(2025, 8, 1), LocalDate.of(2030, 7, 31), List.of(new BoardMember("A", null, false),
                        new BoardMember("B", null, false), new BoardMember("C", null, false),
                        new BoardMember("D", null, false), new BoardMember("E", null, false))), CLERK);
        ValidationException notAgencys = assertThrows(ValidationException.class,
                () -> agencies.recordConference(conference(communeBoard.id()), CLERK));
        assertEquals(AgencyConferenceDraft.BOARD, notAgencys.violations().get(0).messageKey());

        AgencyConference held = agencies.recordConference(conference(agencyBoard.id()), CLERK);
        assertEquals(agencyBoard.id(), held.inspectionBoardId());
        assertEquals(92.857, held.attendancePercent(), 0.001);
        ValidationException twice = assertThrows(ValidationException.class,
                () -> agencies.recordConference(conference(null), CLERK));
        assertEquals(AgencyService.DUPLICATE, twice.violations().get(0).messageKey());
        assertEquals(List.of(held), agencies.conferences(READER));
        assertEquals(List.of(), agencies.conferences(LIM), "another commune's agency sees nothing");
        assertEquals(1, database.count("gr_agency_conference"));
    }

    @Test
    void anAnonymousAspirationStoresNoAuthorAnywhereAndItsAnswerIsTracked() {
        AgencyConference held = agencies.recordConference(conference(null), CLERK);
        ValidationException bad = assertThrows(ValidationException.class, () -> agencies.recordAspiration(held.id(),
                new AspirationDraft(" ", " ", false, null, LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 16)),
                CLERK));
        assertEquals(List.of("content", "author", "recipient", "dueOn"),
                bad.violations().stream().map(Violation::field).toList());
        ValidationException beforeConference = assertThrows(ValidationException.class, () -> agencies
                .recordAspiration(held.id(), new AspirationDraft("Tăng phụ cấp", "Lê Văn Dũng", false,
                        AspirationRecipient.HEAD, LocalDate.of(2027, 1, 14), LocalDate.of(2027, 2, 14)), CLERK));
        assertEquals(AspirationDraft.FORWARDED_ON, beforeConference.violations().get(0).messageKey());

        Aspiration named = agencies.recordAspiration(held.id(), new AspirationDraft("Bố trí phòng làm việc một cửa.",
                "Lê Văn Dũng", false, AspirationRecipient.HEAD, LocalDate.of(2027, 1, 16), LocalDate.of(2027, 2, 16)),
                CLERK);
        assertEquals("Lê Văn Dũng", named.author());
        // the person wished to stay anonymous: the name typed is dropped before anything is stored or audited
        Aspiration anonymous = agencies.recordAspiration(held.id(), new AspirationDraft(
                "Đề nghị công khai việc bình xét thi đua.", "Trần Thị Ẩn", true, AspirationRecipient.PARTY_COMMITTEE,
                LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 18)), CLERK);
        assertTrue(anonymous.anonymous());
        assertNull(anonymous.author());
        assertEquals(Arrays.asList("Lê Văn Dũng", null),
                database.column("SELECT author_name FROM gr_aspiration ORDER BY id"));
        for (AuditEvent entry : audit.events()) {
            assertFalse(entry.details().toString().contains("Trần Thị Ẩn") || entry.details().toString()
                    .contains("Lê Văn Dũng"), "no author in the trail: " + entry);
        }
        assertEquals(2, agencies.conferences(CLERK).get(0).unanswered());
        assertTrue(anonymous.isLateOn(LocalDate.of(2027, 1, 20)), "unanswered after its due day");

        ValidationException early = assertThrows(ValidationException.class, () -> agencies.answerAspiration(
                anonymous.id(), anonymous.version(), "Đã công khai.", LocalDate.of(2027, 1, 15), CLERK));
        assertEquals(AgencyService.ANSWER_DAY, early.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> agencies.answerAspiration(anonymous.id(),
                anonymous.version(), "Đã công khai.", LocalDate.of(2027, 1, 19), LIM));
        Aspiration answered = agencies.answerAspiration(anonymous.id(), anonymous.version(),
                "Đảng ủy đã chỉ đạo công khai kết quả bình xét.", LocalDate.of(2027, 1, 19), CLERK);
        assertTrue(answered.isLateOn(LocalDate.of(2027, 1, 20)), "answered a day after it was due");
        assertThrows(OptimisticLockException.class, () -> agencies.answerAspiration(anonymous.id(),
                anonymous.version(), "Lần hai", LocalDate.of(2027, 1, 19), CLERK), "stale version");
        ValidationException again = assertThrows(ValidationException.class, () -> agencies.answerAspiration(
                anonymous.id(), answered.version(), "Lần hai", LocalDate.of(2027, 1, 19), CLERK));
        assertEquals(AgencyService.ALREADY_ANSWERED, again.violations().get(0).messageKey());
        assertEquals(1, agencies.conferences(CLERK).get(0).unanswered());
        assertEquals(List.of(named, answered), agencies.aspirations(held.id(), READER));
        assertEquals(List.of(), agencies.aspirations(held.id(), LIM));
        assertEquals(List.of("grassroots.conference.recorded", "grassroots.aspiration.forwarded",
                "grassroots.aspiration.forwarded", "grassroots.aspiration.answered"), audit.actions());
        assertEquals("true", audit.events().get(2).details().get("anonymous"));
    }

    @Test
    void anAspirationWhoseAuditEntryFailsIsNotStored() {
        AgencyConference held = agencies.recordConference(conference(null), CLERK);
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> agencies.recordAspiration(held.id(), new AspirationDraft("X",
                null, true, AspirationRecipient.HEAD, LocalDate.of(2027, 1, 16), LocalDate.of(2027, 2, 1)), CLERK));
        audit.failing(false);
        assertEquals(0, database.count("gr_aspiration"));
    }
}
