package org.danvan.conduct.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.danvan.conduct.api.ConductService;
import org.danvan.conduct.api.Finding;
import org.danvan.conduct.api.FindingDraft;
import org.danvan.conduct.api.Inspection;
import org.danvan.conduct.api.InspectionDraft;
import org.danvan.conduct.api.InspectionStatus;
import org.danvan.conduct.api.Severity;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** An inspection planned, held with findings and concluded; what is refused on the way; the evidence it gives. */
@OnEveryDatabase
class InspectionFlowTest extends ConductFixture {

    private final ConductService conduct() {
        return services.conduct();
    }

    @Test
    void anInspectionIsPlannedHeldWithFindingsAndConcluded() {
        Inspection planned = conduct().plan(plan(FakeUnits.TIEN_DU, "Bộ phận một cửa xã Tiên Du",
                List.of("42", " 2026/000043", "2026/000042", "")), INSPECTOR);
        assertEquals(InspectionStatus.PLANNED, planned.status());
        // the engine's numbers, once each
        assertEquals(List.of("2026/000042", "2026/000043"), planned.caseNumbers());

        // no finding before the round is held
        ValidationException early = assertThrows(ValidationException.class, () -> conduct().addFinding(planned.id(),
                planned.version(), new FindingDraft("", "", "Không niêm yết phí", Severity.REMARK), INSPECTOR));
        assertEquals(ConductService.WRONG_STATE, early.violations().get(0).messageKey());
        ValidationException future = assertThrows(ValidationException.class, () -> conduct().hold(planned.id(),
                planned.version(), day("2026-03-03"), INSPECTOR));
        assertEquals(ConductService.HELD_ON, future.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> conduct().hold(planned.id(), planned.version(),
                day("2026-03-02"), LIM_CHAIR));

        Inspection held = conduct().hold(planned.id(), planned.version(), day("2026-03-02"), INSPECTOR);
        assertEquals(InspectionStatus.HELD, held.status());
        assertThrows(OptimisticLockException.class, () -> conduct().conclude(held.id(), planned.version(), "Tốt",
                day("2026-03-02"), INSPECTOR));

        Finding aboutOfficial = conduct().addFinding(held.id(), held.version(), new FindingDraft(" Lê Văn Cường ",
                "Công chức tư pháp - hộ tịch", "Trả lời người dân thiếu tôn trọng", Severity.BREACH), INSPECTOR);
        assertEquals("Lê Văn Cường", aboutOfficial.officialName());
        Inspection afterOne = conduct().inspections(FakeUnits.TIEN_DU, 2026, INSPECTOR).get(0);
        assertEquals(1, afterOne.findings());
        Finding aboutPlace = conduct().addFinding(held.id(), afterOne.version(), new FindingDraft(null, null,
                "Không niêm yết mức phí", Severity.REMARK), INSPECTOR);
        assertNull(aboutPlace.officialName());
        assertEquals(List.of(aboutOfficial.id(), aboutPlace.id()), conduct().findings(held.id(), OVERSEER).stream()
                .map(Finding::id).toList());
        assertEquals(List.of(), conduct().findings(held.id(), LIM_CHAIR), "another commune reads nothing");

        Inspection current = conduct().inspections(FakeUnits.TIEN_DU, 2026, CHAIR).get(0);
        ValidationException beforeHeld = assertThrows(ValidationException.class, () -> conduct().conclude(
                current.id(), current.version(), "Kết luận", day("2026-03-01"), INSPECTOR));
        assertEquals(ConductService.CONCLUDED_ON, beforeHeld.violations().get(0).messageKey());
        Inspection concluded = conduct().conclude(current.id(), current.version(), "Yêu cầu kiểm điểm công chức",
                day("2026-03-02"), INSPECTOR);
        assertEquals(InspectionStatus.CONCLUDED, concluded.status());
        assertEquals(2, concluded.findings());
        ValidationException closed = assertThrows(ValidationException.class, () -> conduct().addFinding(
                concluded.id(), concluded.version(), new FindingDraft(null, null, "Muộn", Severity.REMARK),
                INSPECTOR));
        assertEquals(ConductService.WRONG_STATE, closed.violations().get(0).messageKey());

        assertEquals(List.of("conduct.inspection.planned", "conduct.inspection.held", "conduct.finding.recorded",
                "conduct.finding.recorded", "conduct.inspection.concluded"), audit.actions());
        assertEquals("Lê Văn Cường", audit.events().get(2).details().get("official"),
                "an official's name in a finding is audited");

        // evidence for the province (the overseer's scope), nothing for another commune or before the round
        List<Evidence> evidence = services.evidence().evidence(new EvidenceQuery(FakeUnits.PROVINCE, null,
                day("2026-01-01"), day("2026-12-31"), Set.of(), OVERSEER));
        assertEquals(List.of(ConductEvidence.INSPECTIONS_HELD), evidence.stream().map(Evidence::kind).toList());
        assertEquals(1, evidence.get(0).value().intValue());
        assertEquals(List.of(1, 2), evidence.get(0).labelArgs());
        assertEquals(List.of(), services.evidence().evidence(new EvidenceQuery(FakeUnits.LIM, null,
                day("2026-01-01"), day("2026-12-31"), Set.of(), LIM_CHAIR)));
        assertEquals(List.of(), services.evidence().evidence(new EvidenceQuery(FakeUnits.PROVINCE, null,
                day("2026-01-01"), day("2026-03-01"), Set.of(), OVERSEER)));
    }

    @Test
    void everyFieldOfAPlanIsValidatedWithItsKey() {
        ValidationException e = assertThrows(ValidationException.class, () -> conduct().plan(new InspectionDraft(null,
                " ", null, "", "x".repeat(InspectionDraft.LONG_TEXT_MAX + 1), List.of()), INSPECTOR));
        assertEquals(List.of(InspectionDraft.UNIT_REQUIRED, InspectionDraft.PLACE_REQUIRED,
                InspectionDraft.PLANNED_ON, InspectionDraft.TEAM_REQUIRED, InspectionDraft.TOPICS_REQUIRED),
                e.violations().stream().map(Violation::messageKey).toList());
        ValidationException badFinding = assertThrows(ValidationException.class, () -> conduct().addFinding(1, 0,
                new FindingDraft("Lê Văn Cường", " ", "", null), INSPECTOR));
        assertEquals(List.of(FindingDraft.POSITION_REQUIRED, FindingDraft.SEEN_REQUIRED,
                FindingDraft.SEVERITY_REQUIRED), badFinding.violations().stream().map(Violation::messageKey)
                .toList());
        assertThrows(AccessDeniedException.class, () -> conduct().plan(plan(FakeUnits.TIEN_DU, "UBND xã",
                List.of()), OVERSEER));
        assertTrue(audit.actions().isEmpty());
    }

    @Test
    void casesAreLinkedOnlyWhileTheEngineRunsAndWhenTheUserMayViewThem() {
        ValidationException unknown = assertThrows(ValidationException.class, () -> conduct().plan(plan(
                FakeUnits.TIEN_DU, "UBND xã", List.of("2026/000099")), INSPECTOR));
        assertEquals(ConductService.CASE_UNKNOWN, unknown.violations().get(0).messageKey());
        assertEquals(List.of("2026/000099"), unknown.violations().get(0).args());
        cases.available = false;
        assertEquals(false, conduct().casesAvailable());
        ValidationException none = assertThrows(ValidationException.class, () -> conduct().plan(plan(
                FakeUnits.TIEN_DU, "UBND xã", List.of("42")), INSPECTOR));
        assertEquals(ConductService.CASES_UNAVAILABLE, none.violations().get(0).messageKey());
        // without numbers the engine is not needed
        assertEquals(List.of(), conduct().plan(plan(FakeUnits.TIEN_DU, "UBND xã", List.of()), INSPECTOR)
                .caseNumbers());
    }

    @Test
    void aFailingAuditUndoesTheChange() {
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> conduct().plan(plan(FakeUnits.TIEN_DU, "UBND xã", List.of()),
                INSPECTOR));
        audit.failing(false);
        assertEquals(List.of(), conduct().inspections(FakeUnits.TIEN_DU, 2026, CHAIR));
    }
}
