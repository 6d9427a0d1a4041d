package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.DisclosureFlag;
import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Posting;
import org.danvan.grassroots.api.PublicDisclosure;
import org.danvan.grassroots.api.PublicDisclosures;
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

/** Disclosures on a real database: every test runs on H2 and on MariaDB. */
@OnEveryDatabase
class DisclosureServiceTest {

    @TempDir
    Path keyDirectory;

    static final UserPrincipal ADMIN = user(1, "admin", FakeUnits.PROVINCE);
    static final UserPrincipal TIEN_DU = user(2, "tiendu", FakeUnits.TIEN_DU);
    static final UserPrincipal LIM = user(3, "lim", FakeUnits.LIM);
    static final UserPrincipal OBSERVER = user(4, "observer", FakeUnits.TIEN_DU);

    static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, null, Set.of());
    }

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(ADMIN, FakeUnits.PROVINCE, GrassrootsPermissions.MANAGE_DISCLOSURES)
            .grant(TIEN_DU, FakeUnits.TIEN_DU, GrassrootsPermissions.MANAGE_DISCLOSURES)
            .grant(OBSERVER, FakeUnits.TIEN_DU, GrassrootsPermissions.VIEW);
    // Monday 2 March 2026
    private final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private GrassrootsServices services;
    private DisclosureService service;
    private PublicDisclosures publicPage;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        services = new GrassrootsServices(database, access, units, audit,
                RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
                TestKeys.in(keyDirectory), clock);
        service = services;
        publicPage = services;
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    static DisclosureDraft draft(long unit, int group, String title, LocalDate decided, Posting... postings) {
        return new DisclosureDraft(unit, group, title, "12/QĐ-UBND", decided, null, List.of(postings));
    }

    @Test
    void aDisclosureWhoseAuditEntryFailsIsNotStored() {
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> service.create(draft(FakeUnits.TIEN_DU, 2, "Dự toán ngân sách",
                LocalDate.of(2026, 3, 2), new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 9), 30)),
                TIEN_DU));
        audit.failing(false);
        assertEquals(0, database.count("gr_disclosure"), "no disclosure without its audit entry");
        assertEquals(0, database.count("gr_disclosure_posting"));
    }

    @Test
    void aDisclosureStartedInTimeAndPostedThirtyDaysIsClean() {
        // decision Monday 2 March 2026: 5 working days end on Monday 9 March
        Disclosure d = service.create(draft(FakeUnits.TIEN_DU, 2, "  Dự toán ngân sách xã năm 2026 ",
                LocalDate.of(2026, 3, 2), new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 9), 30)),
                TIEN_DU);
        assertEquals("Dự toán ngân sách xã năm 2026", d.title());
        assertEquals(LocalDate.of(2026, 3, 9), d.startDueBy());
        assertEquals(Set.of(), d.flags());
        assertEquals("Xã Tiên Du", d.unitName());
        assertEquals(List.of("grassroots.disclosure.created"), audit.actions());
        assertEquals(1, database.count("gr_disclosure"));
        assertEquals(1, database.count("gr_disclosure_posting"));
    }

    @Test
    void postedTwentyNineDaysIsRemovedEarlyThirtyIsNot() {
        Disclosure short29 = service.create(draft(FakeUnits.TIEN_DU, 2, "Quyết toán", LocalDate.of(2026, 3, 2),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 3), 29)), TIEN_DU);
        Disclosure full30 = service.create(draft(FakeUnits.TIEN_DU, 2, "Quyết toán", LocalDate.of(2026, 3, 2),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 3), 30)), TIEN_DU);
        assertEquals(Set.of(DisclosureFlag.REMOVED_EARLY), short29.flags());
        assertEquals(Set.of(), full30.flags());
        // a website is not a posting: no minimum
        Disclosure web = service.create(draft(FakeUnits.TIEN_DU, 2, "Quyết toán", LocalDate.of(2026, 3, 2),
                new Posting(DisclosureForm.WEBSITE, LocalDate.of(2026, 3, 3), 5)), TIEN_DU);
        assertEquals(Set.of(), web.flags());
        // a permanent group (4, land use planning) may not be given an end at all
        Disclosure land = service.create(draft(FakeUnits.TIEN_DU, 4, "Quy hoạch", LocalDate.of(2026, 3, 2),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 3), 400)), TIEN_DU);
        assertEquals(Set.of(DisclosureFlag.REMOVED_EARLY), land.flags());
    }

    @Test
    void aStartAfterFiveWorkingDaysIsLateAndLoudspeakerGroupsNeedThreeDays() {
        // decision Thursday 26 February 2026: 27 Feb, 2, 3, 4, 5 March → due Thursday 5 March; started Friday 6
        Disclosure late = service.create(draft(FakeUnits.TIEN_DU, 7, "Thu hồi đất", LocalDate.of(2026, 2, 26),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 6), null),
                new Posting(DisclosureForm.LOUDSPEAKER, LocalDate.of(2026, 3, 6), 2)), TIEN_DU);
        assertEquals(LocalDate.of(2026, 3, 5), late.startDueBy());
        assertEquals(Set.of(DisclosureFlag.LATE_START, DisclosureFlag.LOUDSPEAKER_TOO_SHORT), late.flags());
        Disclosure noSpeaker = service.create(draft(FakeUnits.TIEN_DU, 7, "Thu hồi đất", LocalDate.of(2026, 2, 26),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 5), null)), TIEN_DU);
        assertEquals(Set.of(DisclosureFlag.LOUDSPEAKER_MISSING), noSpeaker.flags());
        Disclosure threeDays = service.update(noSpeaker.id(), noSpeaker.version(), draft(FakeUnits.TIEN_DU, 7,
                "Thu hồi đất", LocalDate.of(2026, 2, 26),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 5), null),
                new Posting(DisclosureForm.LOUDSPEAKER, LocalDate.of(2026, 3, 5), 3)), TIEN_DU);
        assertEquals(Set.of(), threeDays.flags());
        assertEquals(2, threeDays.postings().size());
        assertTrue(threeDays.version() > noSpeaker.version());
    }

    @Test
    void readersSeeTheirSubtreeAndOnlyManagersWrite() {
        service.create(draft(FakeUnits.VILLAGE, 12, "Kết quả lấy ý kiến", LocalDate.of(2026, 3, 2),
                new Posting(DisclosureForm.VILLAGE_HALL, LocalDate.of(2026, 3, 2), null),
                new Posting(DisclosureForm.LOUDSPEAKER, LocalDate.of(2026, 3, 2), 3)), TIEN_DU);
        service.create(draft(FakeUnits.LIM, 1, "Kế hoạch", LocalDate.of(2026, 3, 1),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 2), null)), ADMIN);
        assertEquals(2, service.count(ADMIN));
        assertEquals(1, service.count(TIEN_DU));
        assertEquals(List.of("Kết quả lấy ý kiến"), service.list(OBSERVER, 0, 10).stream().map(Disclosure::title)
                .toList(), "view permission reads the commune's subtree");
        assertEquals(0, service.count(LIM));
        assertThrows(AccessDeniedException.class, () -> service.create(draft(FakeUnits.LIM, 1, "Kế hoạch",
                LocalDate.of(2026, 3, 1), new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 2), null)),
                TIEN_DU));
        assertThrows(AccessDeniedException.class, () -> service.create(draft(FakeUnits.TIEN_DU, 1, "Kế hoạch",
                LocalDate.of(2026, 3, 1), new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 2), null)),
                OBSERVER));
        assertEquals(2, database.count("gr_disclosure"));
        assertEquals(List.of("Kết quả lấy ý kiến"), service.inPeriod(ADMIN, FakeUnits.TIEN_DU,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).stream().map(Disclosure::title).toList());
    }

    @Test
    void aBrokenDraftIsRefusedAtItsFieldsAndNothingIsStored() {
        ValidationException refused = assertThrows(ValidationException.class, () -> service.create(
                new DisclosureDraft(FakeUnits.TIEN_DU, 15, " ", null, LocalDate.of(2026, 3, 3), null, List.of(
                        new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 1), 0),
                        new Posting(DisclosureForm.NOTICE_BOARD, null, null))), TIEN_DU));
        assertEquals(List.of(Violation.of("title", DisclosureDraft.TITLE_REQUIRED),
                Violation.of("decidedOn", DisclosureDraft.DECIDED_FUTURE),
                Violation.of("postings", DisclosureDraft.START_BEFORE_DECISION, 1),
                Violation.of("postings", DisclosureDraft.DAYS_RANGE, 1, Posting.MAX_DAYS),
                Violation.of("postings", DisclosureDraft.FORM_TWICE, 2),
                Violation.of("postings", DisclosureDraft.START_REQUIRED, 2),
                Violation.of("group", DisclosureDraft.GROUP_UNKNOWN, 14)), refused.violations());
        ValidationException empty = assertThrows(ValidationException.class, () -> service.create(
                new DisclosureDraft(null, null, "x", null, LocalDate.of(2026, 3, 1), null, List.of()), TIEN_DU));
        assertEquals(List.of(Violation.of("unitId", DisclosureDraft.UNIT_REQUIRED),
                Violation.of("group", DisclosureDraft.GROUP_REQUIRED),
                Violation.of("postings", DisclosureDraft.POSTINGS_REQUIRED)), empty.violations());
        assertEquals(0, database.count("gr_disclosure"));
        assertEquals(List.of(), audit.actions());
    }

    @Test
    void aStaleVersionConflictsAndADeletedDisclosureIsGone() {
        Disclosure d = service.create(draft(FakeUnits.TIEN_DU, 1, "Kế hoạch", LocalDate.of(2026, 3, 2),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 2), null)), TIEN_DU);
        Disclosure changed = service.update(d.id(), d.version(), draft(FakeUnits.TIEN_DU, 1, "Kế hoạch (sửa)",
                LocalDate.of(2026, 3, 2), new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 2), null)),
                ADMIN);
        assertThrows(OptimisticLockException.class, () -> service.update(d.id(), d.version(), draft(
                FakeUnits.TIEN_DU, 1, "Bản cũ", LocalDate.of(2026, 3, 2),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 2), null)), TIEN_DU));
        service.delete(changed.id(), changed.version(), TIEN_DU);
        ValidationException gone = assertThrows(ValidationException.class,
                () -> service.delete(changed.id(), changed.version(), TIEN_DU));
        assertEquals(DisclosureService.GONE, gone.violations().get(0).messageKey());
        assertEquals(0, database.count("gr_disclosure_posting"));
        assertEquals(List.of("grassroots.disclosure.created", "grassroots.disclosure.updated",
                "grassroots.disclosure.deleted"), audit.actions());
    }

    @Test
    void thePublicPageShowsWhatIsUpTodayOnlyForEnabledCommunes() {
        service.create(draft(FakeUnits.VILLAGE, 12, "Kết quả lấy ý kiến", LocalDate.of(2026, 2, 20),
                new Posting(DisclosureForm.VILLAGE_HALL, LocalDate.of(2026, 2, 20), 30),
                new Posting(DisclosureForm.LOUDSPEAKER, LocalDate.of(2026, 2, 20), 3)), TIEN_DU);
        service.create(draft(FakeUnits.TIEN_DU, 2, "Dự toán", LocalDate.of(2026, 1, 2),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 1, 5), 30)), TIEN_DU);
        service.create(draft(FakeUnits.LIM, 1, "Kế hoạch xã Lim", LocalDate.of(2026, 3, 1),
                new Posting(DisclosureForm.NOTICE_BOARD, LocalDate.of(2026, 3, 2), null)), ADMIN);

        PublicDisclosures.CommunePage page = publicPage.page("27-TD").orElseThrow();
        assertEquals("Xã Tiên Du", page.communeName());
        List<PublicDisclosure> shown = page.disclosures();
        assertEquals(1, shown.size(), "the budget came down on 3 February: " + shown);
        assertEquals("Kết quả lấy ý kiến", shown.get(0).title());
        assertEquals("Thôn Đông", shown.get(0).unitName());
        assertEquals(List.of(DisclosureForm.VILLAGE_HALL), shown.get(0).forms(), "the loudspeaker ended on 22 Feb");

        access.enableModuleOnlyAt(GrassrootsPermissions.MODULE, FakeUnits.TIEN_DU);
        assertTrue(publicPage.page("27-TD").isPresent());
        assertTrue(publicPage.page("27-LIM").isEmpty(), "not enabled in Lim: no page");
        assertTrue(publicPage.page("27-TD-01").isEmpty(), "a village is not a commune");
        assertTrue(publicPage.page("27").isEmpty(), "nor is the province");
        assertTrue(publicPage.page("nope").isEmpty());
        assertTrue(publicPage.page(null).isEmpty());
    }

    @Test
    void aQuarterWithoutTheBudgetExecutionMissesGroupTwo() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        assertEquals(List.of(2), service.missingIn(TIEN_DU, FakeUnits.TIEN_DU, from, to).stream()
                .map(g -> g.number()).toList());
        assertEquals(List.of(), service.missingIn(TIEN_DU, FakeUnits.TIEN_DU, from, LocalDate.of(2026, 3, 30)),
                "shorter than a quarter: nothing is due yet");
        assertEquals(List.of(), service.missingIn(LIM, FakeUnits.TIEN_DU, from, to), "nothing for who reads nothing");
        service.create(draft(FakeUnits.VILLAGE, 2, "Thu chi quỹ thôn quý I", LocalDate.of(2026, 2, 10),
                new Posting(DisclosureForm.VILLAGE_HALL, LocalDate.of(2026, 2, 10), 30)), TIEN_DU);
        assertEquals(List.of(), service.missingIn(TIEN_DU, FakeUnits.TIEN_DU, from, to), "a village in the commune");
    }
}
