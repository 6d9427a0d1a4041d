package org.danvan.hcmstudy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.danvan.hcmstudy.api.ActionPlan;
import org.danvan.hcmstudy.api.ActionPlanService;
import org.danvan.hcmstudy.api.AttendanceMark;
import org.danvan.hcmstudy.api.Exemplary;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.Programme;
import org.danvan.hcmstudy.api.SessionDraft;
import org.danvan.hcmstudy.api.StudySession;
import org.danvan.hcmstudy.api.UnitFigures;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

/** Action plans on the working-day calendar, exemplary models offered as evidence, and the dashboard figures. */
@OnEveryDatabase
class PlanAndExemplaryTest extends StudyFixture {

    @Test
    void tasksAreDueOnWorkingDaysAndOverdueIsVisible() {
        ActionPlan plan = services.plans().createPlan(FakeUnits.TIEN_DU, 2026, "Kế hoạch làm theo Bác năm 2026",
                KEEPER);
        // Saturday 2 May 2026 is no working day (and 30 April, 1 May are holidays): the next one is Monday 4 May
        ValidationException saturday = assertThrows(ValidationException.class, () -> services.plans().addTask(
                plan.id(), "Rút ngắn thời gian giải quyết hồ sơ", "100% hồ sơ đúng hạn", "Văn phòng", day(
                        "2026-05-02"), KEEPER));
        assertEquals(Violation.of("dueOn", ActionPlanService.DUE_NOT_WORKING, "04/05/2026"),
                saturday.violations().get(0));
        ValidationException holiday = assertThrows(ValidationException.class, () -> services.plans().addTask(
                plan.id(), "X", "Y", "Z", day("2026-09-02"), KEEPER));
        assertEquals(ActionPlanService.DUE_NOT_WORKING, holiday.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> services.plans().addTask(plan.id(), "X", "Y", "Z",
                day("2026-05-04"), LIM_CHAIR));
        services.plans().addTask(plan.id(), "Rút ngắn thời gian giải quyết hồ sơ", "100% hồ sơ đúng hạn",
                "Văn phòng", day("2026-05-04"), KEEPER);
        ActionPlan two = services.plans().addTask(plan.id(), "Đối thoại với Nhân dân", "2 buổi đối thoại",
                "Chủ tịch UBND", day("2026-06-30"), KEEPER);
        assertTrue(two.tasks().stream().noneMatch(ActionPlan.Task::overdue));

        clock.setDay(day("2026-05-05"));
        ActionPlan may = services.plans().plans(FakeUnits.TIEN_DU, 2026, OVERSEER).get(0);
        assertEquals(List.of(true, false), may.tasks().stream().map(ActionPlan.Task::overdue).toList());
        ActionPlan.Task late = may.tasks().get(0);
        ActionPlan done = services.plans().completeTask(late.id(), late.version(), day("2026-05-05"), KEEPER);
        assertFalse(done.tasks().get(0).overdue());
        UnitFigures figures = services.reports().figures(FakeUnits.TIEN_DU, 2026, OVERSEER);
        assertEquals(2, figures.tasks());
        assertEquals(1, figures.tasksDone());
        assertEquals(0, figures.tasksOverdue());
    }

    @Test
    void aModelIsProposedRecognisedByDecisionAndOfferedAsEvidenceInScope() {
        Exemplary proposed = services.exemplary().propose(FakeUnits.TIEN_DU, false, "Nguyễn Thị Hoa",
                "Mười năm vận động bà con hiến đất làm đường", KEEPER);
        assertFalse(proposed.recognised());
        ValidationException noDecision = assertThrows(ValidationException.class, () -> services.exemplary()
                .recognise(proposed.id(), proposed.version(), " ", day("2026-03-02"), CHAIR));
        assertEquals("decisionRef", noDecision.violations().get(0).field());
        assertThrows(AccessDeniedException.class, () -> services.exemplary().recognise(proposed.id(),
                proposed.version(), "15/QĐ-UBND", day("2026-03-02"), KEEPER));
        EvidenceQuery year = new EvidenceQuery(FakeUnits.PROVINCE, null, day("2026-01-01"), day("2026-12-31"),
                Set.of(), OVERSEER);
        assertTrue(services.evidence().evidence(year).isEmpty(), "a proposal is no candidate yet");

        Exemplary recognised = services.exemplary().recognise(proposed.id(), proposed.version(), "15/QĐ-UBND",
                day("2026-03-02"), CHAIR);
        assertTrue(recognised.recognised());
        assertThrows(ValidationException.class, () -> services.exemplary().recognise(recognised.id(),
                recognised.version(), "16/QĐ-UBND", day("2026-03-02"), CHAIR));
        services.exemplary().propose(FakeUnits.TIEN_DU, true, "Chi bộ thôn Đông", "Thôn không có đơn thư vượt cấp",
                KEEPER);

        List<Evidence> offered = services.evidence().evidence(year);
        assertEquals(1, offered.size());
        Evidence hoa = offered.get(0);
        assertEquals(HcmStudyEvidence.EXEMPLARY_PERSON, hoa.kind());
        // the day as a day: the platform's translator writes it dd/MM/yyyy (02/03/2026), never ISO
        assertEquals(List.of("Nguyễn Thị Hoa", "15/QĐ-UBND", day("2026-03-02")), hoa.labelArgs());
        assertEquals("Nguyễn Thị Hoa", hoa.personName());
        // outside the asker's scope, out of the period or of another kind: nothing
        assertTrue(services.evidence().evidence(new EvidenceQuery(FakeUnits.PROVINCE, null, day("2026-01-01"),
                day("2026-12-31"), Set.of(), LIM_CHAIR)).isEmpty());
        assertTrue(services.evidence().evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null, day("2025-01-01"),
                day("2025-12-31"), Set.of(), OVERSEER)).isEmpty());
        assertTrue(services.evidence().evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null, day("2026-01-01"),
                day("2026-12-31"), Set.of(HcmStudyEvidence.EXEMPLARY_COLLECTIVE), OVERSEER)).isEmpty());
        assertEquals(2, services.exemplary().ofUnit(FakeUnits.PROVINCE, OVERSEER).size());
        assertTrue(services.evidence().kinds().stream().allMatch(k -> k.id().startsWith("hcmstudy.")));
    }

    @Test
    void theDashboardCountsSessionsAttendanceCommitmentsAndModels() {
        Programme programme = programme(FakeUnits.TIEN_DU, KEEPER);
        Member an = member("Nguyễn Văn An", "an");
        Member binh = member("Trần Thị Bình", null);
        StudySession s = services.study().planSession(new SessionDraft(programme.id(), day("2026-03-02"),
                "Chuyên đề", "Bí thư", null), KEEPER);
        services.study().planSession(new SessionDraft(programme.id(), day("2026-06-02"), "Chuyên đề 2", "Bí thư",
                null), KEEPER);
        services.study().holdSession(s.id(), s.version(), day("2026-03-02"), List.of(new AttendanceMark(an.id(),
                true, null), new AttendanceMark(binh.id(), false, "Ốm")), KEEPER);
        services.commitments().register(new org.danvan.hcmstudy.api.CommitmentDraft(an.id(), 2026,
                List.of("integrity"), null), AN);
        UnitFigures f = services.reports().figures(FakeUnits.TIEN_DU, 2026, OVERSEER);
        assertEquals(new UnitFigures(FakeUnits.TIEN_DU, 2026, 2, 2, 1, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0), f);
        assertEquals(0.5, f.attendanceRate());
        assertEquals(List.of(FakeUnits.TIEN_DU), services.reports().byUnit(FakeUnits.PROVINCE, 2026, OVERSEER)
                .stream().map(UnitFigures::unitId).toList());
        assertTrue(services.reports().byUnit(FakeUnits.PROVINCE, 2026, LIM_CHAIR).isEmpty());
    }

    @Test
    void aPeriodCountsWhatHappenedWithinItsDaysBothEndsIncluded() {
        Programme programme = programme(FakeUnits.TIEN_DU, KEEPER);
        Member an = member("Nguyễn Văn An", "an");
        Member binh = member("Trần Thị Bình", null);
        StudySession march = services.study().planSession(new SessionDraft(programme.id(), day("2026-03-02"),
                "Chuyên đề 1", "Bí thư", null), KEEPER);
        services.study().planSession(new SessionDraft(programme.id(), day("2026-06-02"), "Chuyên đề 2", "Bí thư",
                null), KEEPER);
        services.study().holdSession(march.id(), march.version(), day("2026-03-02"), List.of(new AttendanceMark(
                an.id(), true, null), new AttendanceMark(binh.id(), false, "Ốm")), KEEPER);
        services.commitments().register(new org.danvan.hcmstudy.api.CommitmentDraft(an.id(), 2026,
                List.of("integrity"), null), AN);
        ActionPlan plan = services.plans().createPlan(FakeUnits.TIEN_DU, 2026, "Kế hoạch 2026", KEEPER);
        services.plans().addTask(plan.id(), "Đối thoại", "2 buổi", "Chủ tịch", day("2026-06-30"), KEEPER);
        Exemplary hoa = services.exemplary().propose(FakeUnits.TIEN_DU, false, "Nguyễn Thị Hoa", "Hiến đất",
                KEEPER);
        services.exemplary().recognise(hoa.id(), hoa.version(), "15/QĐ-UBND", day("2026-03-02"), CHAIR);

        // the first quarter: the March session held (1 of 2 present), An's commitment, the model; not June's
        UnitFigures q1 = services.reports().figures(FakeUnits.TIEN_DU, day("2026-01-01"), day("2026-03-31"),
                OVERSEER);
        assertEquals(new UnitFigures(FakeUnits.TIEN_DU, 2026, 2, 1, 1, 2, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1,
                day("2026-01-01"), day("2026-03-31")), q1);
        // a period ending the day before: nothing of 2 March, both ends counted
        UnitFigures february = services.reports().figures(FakeUnits.TIEN_DU, day("2026-02-01"), day("2026-03-01"),
                OVERSEER);
        assertEquals(0, february.sessionsHeld() + february.sessionsPlanned() + february.registered()
                + february.exemplaryRecognised());
        UnitFigures oneDay = services.reports().figures(FakeUnits.TIEN_DU, day("2026-03-02"), day("2026-03-02"),
                OVERSEER);
        assertEquals(1, oneDay.sessionsHeld());
        assertEquals(1, oneDay.exemplaryRecognised());
        // the second quarter: June's session planned, the task due 30 June, nothing held
        UnitFigures q2 = services.reports().figures(FakeUnits.TIEN_DU, day("2026-04-01"), day("2026-06-30"),
                OVERSEER);
        assertEquals(List.of(1, 0, 1, 0, 0), List.of(q2.sessionsPlanned(), q2.sessionsHeld(), q2.tasks(),
                q2.registered(), q2.exemplaryRecognised()));
        // the whole year by period agrees with the year's figures here
        UnitFigures year = services.reports().figures(FakeUnits.TIEN_DU, 2026, OVERSEER);
        UnitFigures asPeriod = services.reports().figures(FakeUnits.TIEN_DU, day("2026-01-01"), day("2026-12-31"),
                OVERSEER);
        assertEquals(year, asPeriod);

        assertEquals(List.of(FakeUnits.TIEN_DU), services.reports().byUnit(FakeUnits.PROVINCE, day("2026-01-01"),
                day("2026-03-31"), OVERSEER).stream().map(UnitFigures::unitId).toList());
        assertTrue(services.reports().byUnit(FakeUnits.PROVINCE, day("2026-01-01"), day("2026-03-31"), LIM_CHAIR)
                .isEmpty(), "Lim's chair does not see Tiên Du");
        assertEquals(0, services.reports().figures(FakeUnits.TIEN_DU, day("2026-01-01"), day("2026-03-31"),
                LIM_CHAIR).sessionsHeld());

        assertEquals(List.of(Violation.of("from", org.danvan.hcmstudy.api.StudyReports.PERIOD_REQUIRED)),
                assertThrows(ValidationException.class, () -> services.reports().figures(FakeUnits.TIEN_DU, null,
                        day("2026-03-31"), OVERSEER)).violations());
        assertEquals(List.of(Violation.of("to", org.danvan.hcmstudy.api.StudyReports.PERIOD_ORDER)),
                assertThrows(ValidationException.class, () -> services.reports().figures(FakeUnits.TIEN_DU,
                        day("2026-04-01"), day("2026-03-31"), OVERSEER)).violations());
        assertEquals(List.of(Violation.of("to", org.danvan.hcmstudy.api.StudyReports.PERIOD_LONG, 5)),
                assertThrows(ValidationException.class, () -> services.reports().byUnit(FakeUnits.TIEN_DU,
                        day("2021-01-01"), day("2026-01-01"), OVERSEER)).violations());
    }
}
