package org.danvan.reception.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reception.api.FrequencyPeriod;
import org.danvan.reception.api.FrequencyRule;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.ScheduleWarning;
import org.danvan.reception.api.SessionDraft;
import org.danvan.reception.api.SessionKind;
import org.danvan.reception.api.WarningKind;
import org.danvan.reception.internal.console.ReceptionWarningsCommand;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** The leaders' reception schedule, its warnings and the console command. */
abstract class ScheduleContract extends ReceptionFixture {

    @Test
    void aSessionWhoseAuditEntryFailsIsNeitherScheduledNorCancelled() {
        LocalDate day = LocalDate.of(2026, 7, 20);
        ReceptionSession planned = schedule.schedule(new SessionDraft(COMMUNE, day, "Trụ sở", SessionKind.REGULAR,
                null, "Nguyễn Văn An", LeaderRole.HEAD, null), CHAIR);
        audit.failing(true);
        assertThrows(IllegalStateException.class, () -> schedule.schedule(new SessionDraft(COMMUNE, day.plusDays(1),
                "Trụ sở", SessionKind.REGULAR, null, "Nguyễn Văn An", LeaderRole.HEAD, null), CHAIR));
        assertThrows(IllegalStateException.class, () -> schedule.cancel(planned.id(), planned.version(), CHAIR));
        audit.failing(false);

        assertEquals(List.of(planned), schedule.sessions(COMMUNE, day, day.plusDays(1), CHAIR),
                "no session stored or cancelled without its audit entry");
        assertEquals(1, audit.events().size());
    }

    @Test
    void aCommuneWeekWithoutAReceptionDayIsWarned() {
        held(COMMUNE, LocalDate.of(2026, 6, 1), LeaderRole.HEAD);
        // week of 8 June: nothing
        held(COMMUNE, LocalDate.of(2026, 6, 17), LeaderRole.HEAD);
        // before the ban a deputy's session still counts for the head
        held(COMMUNE, LocalDate.of(2026, 6, 26), LeaderRole.DEPUTY);

        List<ScheduleWarning> warnings = schedule.warnings(COMMUNE, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 28), CHAIR);

        assertEquals(1, warnings.size(), warnings.toString());
        ScheduleWarning missed = warnings.get(0);
        assertEquals(WarningKind.MINIMUM_MISSED, missed.kind());
        assertEquals(LocalDate.of(2026, 6, 8), missed.periodStart());
        assertEquals(LocalDate.of(2026, 6, 14), missed.periodEnd());
        assertEquals(0, missed.daysCounted());
        assertEquals(1, missed.minimumDays());
        assertTrue(missed.legalSource().contains("42/2013/QH13"), missed.legalSource());
    }

    @Test
    void aProvinceMonthWithoutAReceptionDayIsWarnedButWeeksAreNot() {
        held(PROVINCE, LocalDate.of(2026, 4, 10), LeaderRole.HEAD);
        held(PROVINCE, LocalDate.of(2026, 6, 3), LeaderRole.HEAD);

        List<ScheduleWarning> warnings = schedule.warnings(PROVINCE, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), ADMIN);

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(WarningKind.MINIMUM_MISSED, warnings.get(0).kind());
        assertEquals(LocalDate.of(2026, 5, 1), warnings.get(0).periodStart());
        assertEquals(LocalDate.of(2026, 5, 31), warnings.get(0).periodEnd());
    }

    @Test
    void aDeputyReceivingFromJulyTheFirstIsFlaggedAndDoesNotCount() {
        held(COMMUNE, LocalDate.of(2026, 6, 29), LeaderRole.DEPUTY); // Monday before the ban
        ReceptionSession delegated = held(COMMUNE, LocalDate.of(2026, 7, 7), LeaderRole.DEPUTY);
        assertTrue(delegated.delegated());

        List<ScheduleWarning> warnings = schedule.warnings(COMMUNE, LocalDate.of(2026, 6, 29),
                LocalDate.of(2026, 7, 12), CHAIR);

        // the week of 29 June is judged by the weekly rule (the deputy still counted); July by the monthly rule of
        // Law 136/2025, in which the delegated session does not count: 0 of 2 days held or planned so far
        assertEquals(List.of(WarningKind.MINIMUM_NOT_SCHEDULED, WarningKind.DELEGATED_RECEPTION),
                warnings.stream().map(ScheduleWarning::kind).toList(), warnings.toString());
        assertEquals(LocalDate.of(2026, 7, 1), warnings.get(0).periodStart());
        assertEquals(LocalDate.of(2026, 7, 31), warnings.get(0).periodEnd());
        assertEquals(0, warnings.get(0).daysCounted());
        assertEquals(2, warnings.get(0).minimumDays());
        ScheduleWarning flag = warnings.get(1);
        assertEquals(delegated.id(), flag.sessionId());
        assertEquals(LocalDate.of(2026, 7, 7), flag.periodStart());
        assertTrue(flag.legalSource().contains("136/2025"), flag.legalSource());
    }

    @Test
    void theCurrentMonthWarnsUntilTwoDaysArePlanned() {
        LocalDate monday = LocalDate.of(2026, 7, 13);
        assertEquals(List.of(WarningKind.MINIMUM_NOT_SCHEDULED), schedule.warnings(COMMUNE, monday,
                monday.plusDays(6), CHAIR).stream().map(ScheduleWarning::kind).toList());

        schedule.schedule(new SessionDraft(COMMUNE, LocalDate.of(2026, 7, 17), "Nhà văn hóa thôn Đông",
                SessionKind.AD_HOC, 1L, "Nguyễn Văn An", LeaderRole.HEAD, "Tiếp đột xuất về đất đai"), CHAIR);
        List<ScheduleWarning> one = schedule.warnings(COMMUNE, monday, monday.plusDays(6), CHAIR);
        assertEquals(1, one.size(), "one day of two planned in July 2026");
        assertEquals(1, one.get(0).daysCounted());
        assertTrue(one.get(0).legalSource().contains("136/2025/QH15"), one.get(0).legalSource());

        schedule.schedule(new SessionDraft(COMMUNE, LocalDate.of(2026, 7, 28), "Trụ sở UBND xã",
                SessionKind.REGULAR, 1L, "Nguyễn Văn An", LeaderRole.HEAD, null), CHAIR);
        assertEquals(List.of(), schedule.warnings(COMMUNE, monday, monday.plusDays(6), CHAIR));
    }

    /** Law 42/2013 art. 15 until 30 June 2026 (1 day a week), Law 136/2025 from 1 July 2026 (2 days a month). */
    @Test
    void eachPeriodIsJudgedByTheRuleInForceOnItsFirstDay() {
        // June 2026: one day in each week but the week of 15 June; two days in the month
        held(COMMUNE, LocalDate.of(2026, 6, 2), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 9), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 23), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 30), LeaderRole.HEAD);
        // July 2026: two days in the first week only, none in the other weeks
        held(COMMUNE, LocalDate.of(2026, 7, 2), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 7, 3), LeaderRole.HEAD);

        List<ScheduleWarning> warnings = schedule.warnings(COMMUNE, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 31), CHAIR);

        assertEquals(1, warnings.size(), "the week of 15 June only; July has its 2 days: " + warnings);
        assertEquals(LocalDate.of(2026, 6, 15), warnings.get(0).periodStart());
        assertEquals(WarningKind.MINIMUM_MISSED, warnings.get(0).kind());
        assertEquals(1, warnings.get(0).minimumDays());
        assertTrue(warnings.get(0).legalSource().contains("42/2013/QH13"));

        List<FrequencyRule> communeRows = schedule.frequencyRules().stream()
                .filter(r -> r.unitKind().equals(OrgUnitKinds.COMMUNE)).toList();
        assertEquals(List.of(LocalDate.of(2014, 7, 1), LocalDate.of(2026, 7, 1)),
                communeRows.stream().map(FrequencyRule::effectiveFrom).toList());
        assertEquals(List.of(FrequencyPeriod.WEEK, FrequencyPeriod.MONTH),
                communeRows.stream().map(FrequencyRule::period).toList());
        assertEquals(2, communeRows.get(1).minimumDays());
    }

    @Test
    void aJulyWithOneDayIsMissedUnderTheMonthlyRule() {
        held(PROVINCE, LocalDate.of(2026, 7, 2), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 1), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 3), LeaderRole.HEAD);
        // a week of June with one day is enough; June as a month is not judged (the weekly rule governs it)
        assertEquals(List.of(), schedule.warnings(COMMUNE, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7),
                CHAIR));
        // the province keeps its monthly rule on both sides
        assertEquals(List.of(), schedule.warnings(PROVINCE, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31),
                ADMIN));
    }

    /**
     * Decree 154/2026 art. 10 [verify]: the head of a public service unit receives citizens at least 1 day a month
     * from 1 July 2026; no figure before, so June 2026 is not judged. Today is Wednesday 15 July 2026.
     */
    @Test
    void aPublicServiceUnitsHeadReceivesOneDayAMonthFromJuly2026() {
        long hospital = 12;
        units.add(hospital, "24-BVDK", "Bệnh viện Đa khoa tỉnh Bắc Ninh", OrgUnitKinds.PUBLIC_SERVICE_UNIT, PROVINCE);
        FrequencyRule row = schedule.frequencyRules().stream()
                .filter(r -> r.unitKind().equals(OrgUnitKinds.PUBLIC_SERVICE_UNIT)).findFirst().orElseThrow();
        assertEquals(FrequencyPeriod.MONTH, row.period());
        assertEquals(1, row.minimumDays());
        assertEquals(LocalDate.of(2026, 7, 1), row.effectiveFrom());
        assertTrue(row.legalSource().contains("154/2026"), row.legalSource());

        assertEquals(List.of(), schedule.warnings(hospital, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30),
                ADMIN), "no rule judges June 2026");
        List<ScheduleWarning> july = schedule.warnings(hospital, LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 19),
                ADMIN);
        assertEquals(List.of(WarningKind.MINIMUM_NOT_SCHEDULED), july.stream().map(ScheduleWarning::kind).toList());
        assertEquals(1, july.get(0).minimumDays());
        assertEquals(LocalDate.of(2026, 7, 1), july.get(0).periodStart());

        schedule.schedule(new SessionDraft(hospital, LocalDate.of(2026, 7, 24), "Phòng tiếp công dân của bệnh viện",
                SessionKind.REGULAR, null, "Giám đốc bệnh viện", LeaderRole.HEAD, null), ADMIN);
        assertEquals(List.of(), schedule.warnings(hospital, LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 19),
                ADMIN), "one day planned in July meets the monthly minimum");
    }

    @Test
    void frequenciesAreDataWithTheirLegalSource() {
        List<FrequencyRule> rules = schedule.frequencyRules();
        FrequencyRule commune = rules.stream().filter(r -> r.unitKind().equals(OrgUnitKinds.COMMUNE)).findFirst()
                .orElseThrow();
        assertEquals(FrequencyPeriod.WEEK, commune.period());
        assertEquals(LocalDate.of(2026, 7, 1), commune.delegationBannedFrom());

        assertThrows(AccessDeniedException.class, () -> schedule.updateFrequencyRule(commune.id(),
                commune.version(), FrequencyPeriod.WEEK, 2, "x", null, null, CHAIR));
        FrequencyRule twice = schedule.updateFrequencyRule(commune.id(), commune.version(), FrequencyPeriod.WEEK, 2,
                "Quy định thử nghiệm của tỉnh", commune.delegationBannedFrom(), commune.delegationSource(), ADMIN);
        assertEquals(2, twice.minimumDays());

        held(COMMUNE, LocalDate.of(2026, 6, 2), LeaderRole.HEAD);
        List<ScheduleWarning> warnings = schedule.warnings(COMMUNE, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 7), CHAIR);
        assertEquals(1, warnings.size());
        assertEquals(1, warnings.get(0).daysCounted());
        assertEquals(2, warnings.get(0).minimumDays());
        assertEquals("Quy định thử nghiệm của tỉnh", warnings.get(0).legalSource());
    }

    private ReceptionSession online(LocalDate day) {
        return schedule.schedule(new SessionDraft(COMMUNE, day, "Cổng tiếp công dân trực tuyến", SessionKind.REGULAR,
                1L, "Nguyễn Văn An", LeaderRole.HEAD, null, true), CHAIR);
    }

    private List<ScheduleWarning> onlineWarnings(LocalDate from, LocalDate to) {
        return schedule.warnings(COMMUNE, from, to, CHAIR).stream()
                .filter(w -> w.kind() == WarningKind.ONLINE_NOTICE_LATE || w.kind() == WarningKind.ONLINE_TEST_LATE)
                .toList();
    }

    /**
     * Law 136/2025 art. 1 (new art. 3a), Decree 154/2026 art. 23 [verify]: citizens notified at least 5 working days
     * before an online session, the connection tested at least 1 working day before. Today is Wednesday 15 July 2026.
     */
    @Test
    void onlineSessionsWarnWhenTheNoticeOrTheTestIsLate() {
        ReceptionSession monday = online(LocalDate.of(2026, 7, 20));
        assertTrue(monday.online());
        // notice by Monday 13 July (Fri 17, Thu 16, Wed 15, Tue 14, Mon 13): already late; the test is due Friday 17
        List<ScheduleWarning> late = onlineWarnings(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 20));
        assertEquals(1, late.size(), late.toString());
        assertEquals(WarningKind.ONLINE_NOTICE_LATE, late.get(0).kind());
        assertEquals(LocalDate.of(2026, 7, 13), late.get(0).periodStart());
        assertEquals(LocalDate.of(2026, 7, 20), late.get(0).periodEnd());
        assertEquals(monday.id(), late.get(0).sessionId());
        assertTrue(late.get(0).legalSource().contains("136/2025/QH15"), late.get(0).legalSource());

        ReceptionSession prepared = schedule.recordOnlinePreparation(monday.id(), monday.version(),
                LocalDate.of(2026, 7, 10), null, CHAIR);
        assertEquals(LocalDate.of(2026, 7, 10), prepared.citizenNotifiedOn());
        assertEquals(List.of(), onlineWarnings(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 20)),
                "notified in time, the test still has until Friday");

        // a past session of Monday 13 July: notice due by Monday 6 July, given on 8 July; tested Friday 10 in time
        ReceptionSession past = online(LocalDate.of(2026, 7, 13));
        schedule.recordOnlinePreparation(past.id(), past.version(), LocalDate.of(2026, 7, 8),
                LocalDate.of(2026, 7, 10), CHAIR);
        assertEquals(List.of(WarningKind.ONLINE_NOTICE_LATE), onlineWarnings(LocalDate.of(2026, 7, 13),
                LocalDate.of(2026, 7, 13)).stream().map(ScheduleWarning::kind).toList());
        // before 1 July 2026 there is no rule for online sessions, hence no warning
        online(LocalDate.of(2026, 6, 30));
        assertEquals(List.of(), onlineWarnings(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30)));
        assertTrue(audit.events().stream().anyMatch(e -> e.action().equals("reception.session.online-prepared")));
    }

    @Test
    void onlinePreparationIsValidated() {
        ReceptionSession inPerson = schedule.schedule(new SessionDraft(COMMUNE, LocalDate.of(2026, 7, 20), "Trụ sở",
                SessionKind.REGULAR, null, "Nguyễn Văn An", LeaderRole.HEAD, null), CHAIR);
        assertFalse(inPerson.online());
        assertEquals("reception.validation.session-not-online", assertThrows(ValidationException.class,
                () -> schedule.recordOnlinePreparation(inPerson.id(), inPerson.version(), LocalDate.of(2026, 7, 10),
                        null, CHAIR)).violations().get(0).messageKey());
        ReceptionSession session = online(LocalDate.of(2026, 7, 14));
        assertEquals("reception.validation.in-future", assertThrows(ValidationException.class,
                () -> schedule.recordOnlinePreparation(session.id(), session.version(), LocalDate.of(2026, 7, 16),
                        null, CHAIR)).violations().get(0).messageKey());
        assertEquals("reception.validation.after-session", assertThrows(ValidationException.class,
                () -> schedule.recordOnlinePreparation(session.id(), session.version(), null,
                        LocalDate.of(2026, 7, 15), CHAIR)).violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> schedule.recordOnlinePreparation(session.id(),
                session.version(), LocalDate.of(2026, 7, 6), null, OFFICER));
    }

    @Test
    void aStaleSessionVersionIsRefused() {
        ReceptionSession planned = schedule.schedule(new SessionDraft(COMMUNE, LocalDate.of(2026, 7, 20), "Trụ sở",
                SessionKind.REGULAR, null, "Nguyễn Văn An", LeaderRole.HEAD, null), CHAIR);
        ReceptionSession moved = schedule.reschedule(planned.id(), planned.version(), new SessionDraft(COMMUNE,
                LocalDate.of(2026, 7, 21), "Trụ sở", SessionKind.REGULAR, null, "Nguyễn Văn An", LeaderRole.HEAD,
                null), CHAIR);
        assertEquals(LocalDate.of(2026, 7, 21), moved.date());

        assertThrows(OptimisticLockException.class, () -> schedule.cancel(planned.id(), planned.version(), CHAIR));
        assertEquals(LocalDate.of(2026, 7, 21), schedule.sessions(COMMUNE, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31), CHAIR).get(0).date());
    }

    @Test
    void anIncompleteSessionIsRefusedWithTranslatableReasons() {
        ValidationException refused = assertThrows(ValidationException.class, () -> schedule.schedule(
                new SessionDraft(COMMUNE, LocalDate.of(2025, 6, 30), "  ", null, null, "A", null, null), CHAIR));

        assertEquals(List.of("place:reception.validation.required", "kind:reception.validation.required",
                "leaderName:reception.validation.too-short", "leaderRole:reception.validation.required",
                "date:reception.validation.unit-not-valid-on"), refused.violations().stream()
                        .map(v -> v.field() + ":" + v.messageKey()).toList());
        assertEquals(List.of(), schedule.sessions(COMMUNE, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31),
                CHAIR));
        ValidationException reversed = assertThrows(ValidationException.class, () -> schedule.warnings(COMMUNE,
                LocalDate.of(2026, 7, 31), LocalDate.of(2026, 7, 1), CHAIR));
        assertEquals("reception.validation.range-reversed", reversed.violations().get(0).messageKey());
    }

    @Test
    void schedulingNeedsThePermissionOnTheUnit() {
        SessionDraft draft = new SessionDraft(COMMUNE, LocalDate.of(2026, 7, 20), "Trụ sở", SessionKind.REGULAR,
                null, "Nguyễn Văn An", LeaderRole.HEAD, null);
        assertThrows(AccessDeniedException.class, () -> schedule.schedule(draft, OFFICER));
        assertThrows(AccessDeniedException.class, () -> schedule.warnings(COMMUNE, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31), WARD_OFFICER));
    }

    @Test
    void theConsoleCommandPrintsTheMissedWeeksOfAMonthInTheChosenLanguage() {
        held(COMMUNE, LocalDate.of(2026, 6, 2), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 9), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 23), LeaderRole.HEAD);
        held(COMMUNE, LocalDate.of(2026, 6, 30), LeaderRole.HEAD);

        String vi = console("09310", "2026-06", "vi", CHAIR);
        assertTrue(vi.contains("Xã Tiên Du (09310), tháng 2026-06"), vi);
        assertTrue(vi.contains("Từ 2026-06-15 đến 2026-06-21: người đứng đầu chỉ tiếp công dân 0 ngày"), vi);
        assertEquals(2, vi.lines().count(), vi);
        String en = console("09310", "2026-06", "en", CHAIR);
        assertTrue(en.contains("2026-06-15 to 2026-06-21: the head received citizens on 0 day(s)"), en);
        assertTrue(console("09310", "2026-05", "fr", CHAIR).contains("Du 2026-05-04 au 2026-05-10"));

        assertEquals("Tháng không hợp lệ: 2026-13. Nhập theo dạng yyyy-MM, ví dụ 2026-07.\n",
                console("09310", "2026-13", "vi", CHAIR));
        assertEquals("No unit has the code 00000.\n", console("00000", "2026-06", "en", CHAIR));
        assertEquals("Bạn không có quyền xem lịch tiếp công dân của đơn vị này.\n",
                console("09310", "2026-06", "vi", WARD_OFFICER));
    }

    private String console(String unitCode, String month, String language, UserPrincipal user) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ReceptionWarningsCommand.print(schedule, units, user, unitCode, month, Locale.forLanguageTag(language), out);
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
