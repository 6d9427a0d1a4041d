package org.danvan.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.danvan.conduct.api.ConductService;
import org.danvan.conduct.api.FindingDraft;
import org.danvan.conduct.api.Inspection;
import org.danvan.conduct.api.InspectionDraft;
import org.danvan.conduct.api.Sanction;
import org.danvan.conduct.api.SanctionDraft;
import org.danvan.conduct.api.Severity;
import org.danvan.conduct.api.YearlyReport;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** Sanction decisions: the statute of limitation from the rule rows, the remedy’s due day, follow-up, report. */
@OnEveryDatabase
class SanctionTest extends ConductFixture {

    private Inspection heldWithFinding() {
        Inspection planned = services.conduct().plan(plan(FakeUnits.TIEN_DU, "Bộ phận một cửa", List.of("42")),
                INSPECTOR);
        Inspection held = services.conduct().hold(planned.id(), planned.version(), day("2026-03-02"), INSPECTOR);
        services.conduct().addFinding(held.id(), held.version(), new FindingDraft("Lê Văn Cường", "Công chức",
                "Hách dịch", Severity.SERIOUS), INSPECTOR);
        return services.conduct().inspections(FakeUnits.TIEN_DU, 2026, CHAIR).get(0);
    }

    @Test
    void aDecisionIsRecordedFollowedUpAndCountedInTheYearlyReport() {
        Inspection inspection = heldWithFinding();
        assertThrows(AccessDeniedException.class, () -> services.conduct().decide(sanction(inspection.id(),
                "warning", "2026-02-20", "12/QĐ-UBND", List.of()), INSPECTOR), "the inspector does not decide");
        Sanction s = services.conduct().decide(sanction(inspection.id(), "warning", "2026-02-20", "12/QĐ-UBND",
                List.of("2026/000043")), CHAIR);
        assertEquals(day("2036-02-20"), s.limitationEnds(), "10 years for a warning, from the rule row");
        // 30 working days from Monday 2 March 2026: the due day is a working day well after six weeks
        assertTrue(s.remedyBy().isAfter(day("2026-04-10")), s.remedyBy().toString());
        assertFalse(s.overdue());
        assertEquals(List.of("2026/000043"), s.caseNumbers());
        ValidationException taken = assertThrows(ValidationException.class, () -> services.conduct().decide(
                sanction(null, "reprimand", "2026-02-20", " 12/QĐ-UBND ", List.of()), CHAIR));
        assertEquals(SanctionDraft.NUMBER_TAKEN, taken.violations().get(0).messageKey());

        clock.setDay(s.remedyBy().plusDays(1));
        Sanction late = services.conduct().sanctions(FakeUnits.TIEN_DU, 2026, OVERSEER).get(0);
        assertTrue(late.overdue());
        YearlyReport before = services.conduct().yearly(FakeUnits.PROVINCE, 2026, OVERSEER);
        assertEquals(1, before.overdue());

        ValidationException early = assertThrows(ValidationException.class, () -> services.conduct().remedied(
                s.id(), s.version(), day("2026-03-01"), "Đã kiểm điểm", INSPECTOR));
        assertEquals(ConductService.REMEDIED_ON, early.violations().get(0).messageKey());
        Sanction remedied = services.conduct().remedied(s.id(), s.version(), s.remedyBy(), "Đã kiểm điểm, xin lỗi",
                INSPECTOR);
        assertFalse(remedied.overdue());
        assertThrows(OptimisticLockException.class, () -> services.conduct().remedied(s.id(), s.version(),
                s.remedyBy(), "Lần hai", INSPECTOR));
        ValidationException twice = assertThrows(ValidationException.class, () -> services.conduct().remedied(
                s.id(), remedied.version(), s.remedyBy(), "Lần hai", INSPECTOR));
        assertEquals(ConductService.ALREADY_REMEDIED, twice.violations().get(0).messageKey());

        YearlyReport report = services.conduct().yearly(FakeUnits.PROVINCE, 2026, OVERSEER);
        assertEquals(1, report.inspectionsPlanned());
        assertEquals(1, report.inspectionsHeld());
        assertEquals(1, report.findings());
        assertEquals(1, report.findingsBySeverity().get(Severity.SERIOUS));
        assertEquals(1, report.sanctions());
        assertEquals(1, report.sanctionsByForm().get("warning"));
        assertEquals(0, report.sanctionsByForm().get("reprimand"));
        assertEquals(7, report.sanctionsByForm().size(), "every form of the catalogue");
        assertEquals(1, report.remedied());
        assertEquals(0, report.overdue());
        assertEquals(2, report.linkedCases(), "42 on the inspection, 43 on the decision");
        assertEquals(0, services.conduct().yearly(FakeUnits.LIM, 2026, LIM_CHAIR).sanctions());

        Map<String, String> decided = audit.events().stream().filter(e -> e.action().equals(
                "conduct.sanction.decided")).findFirst().orElseThrow().details();
        assertEquals("Lê Văn Cường", decided.get("official"));
        assertEquals("warning", decided.get("form"));
        assertEquals("conduct.sanction.remedied", audit.last().action());
    }

    @Test
    void theStatuteOfLimitationComesFromTheRuleRowOfTheForm() {
        // a reprimand-level violation is barred after 5 years, a warning-level one only after 10
        ValidationException barred = assertThrows(ValidationException.class, () -> services.conduct().decide(
                sanction(null, "reprimand", "2021-03-01", "1/QĐ", List.of()), CHAIR));
        Violation v = barred.violations().get(0);
        assertEquals(SanctionDraft.TIME_BARRED, v.messageKey());
        assertEquals(5, v.args().get(0));
        Sanction warning = services.conduct().decide(sanction(null, "warning", "2021-03-01", "2/QĐ", List.of()),
                CHAIR);
        assertEquals(day("2031-03-01"), warning.limitationEnds());
        // before the first row (1 July 2020) the row in force when deciding applies
        Sanction early = services.conduct().decide(sanction(null, "warning", "2020-02-01", "3/QĐ", List.of()),
                CHAIR);
        assertEquals(day("2030-02-01"), early.limitationEnds());
    }

    @Test
    void everyFieldOfADecisionIsValidatedWithItsKey() {
        ValidationException e = assertThrows(ValidationException.class, () -> services.conduct().decide(
                new SanctionDraft(null, null, " ", "", "caning", "", day("2026-03-03"), "", day("2026-03-03"), "",
                        List.of()), CHAIR));
        assertEquals(List.of(InspectionDraft.UNIT_REQUIRED, SanctionDraft.NAME_REQUIRED,
                SanctionDraft.POSITION_REQUIRED, SanctionDraft.FORM_REQUIRED, SanctionDraft.VIOLATION_REQUIRED,
                SanctionDraft.NUMBER_REQUIRED, SanctionDraft.AUTHORITY_REQUIRED, SanctionDraft.DECIDED_ON,
                SanctionDraft.VIOLATION_ON), e.violations().stream().map(Violation::messageKey).toList());
        Inspection planned = services.conduct().plan(plan(FakeUnits.TIEN_DU, "UBND xã", List.of()), INSPECTOR);
        ValidationException notHeld = assertThrows(ValidationException.class, () -> services.conduct().decide(
                sanction(planned.id(), "warning", "2026-02-20", "3/QĐ", List.of()), CHAIR));
        assertEquals(ConductService.WRONG_STATE, notHeld.violations().get(0).messageKey());
        ValidationException year = assertThrows(ValidationException.class, () -> services.conduct().yearly(
                FakeUnits.TIEN_DU, 2000, CHAIR));
        assertEquals(ConductService.YEAR_RANGE, year.violations().get(0).messageKey());
    }
}
