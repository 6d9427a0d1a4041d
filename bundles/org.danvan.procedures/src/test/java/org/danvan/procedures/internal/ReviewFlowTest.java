package org.danvan.procedures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.procedures.api.Assessment;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewRound;
import org.danvan.procedures.api.ReviewService;
import org.danvan.procedures.api.ReviewStatus;
import org.danvan.procedures.api.UnitFigures;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** A procedure reviewed, the proposal decided and carried out; what the year's report and the evidence show. */
@OnEveryDatabase
class ReviewFlowTest extends ReviewFixture {

    private static Assessment cut(List<String> cases) {
        return new Assessment(false, true, false, false, "Trùng với thủ tục liên thông khai sinh", cases,
                Proposal.CUT, null, null, 1200);
    }

    private ReviewRound round() {
        return services.reviews().openRound(FakeUnits.TIEN_DU, 2026, "Rà soát TTHC năm 2026", day("2026-03-02"),
                KEEPER);
    }

    @Test
    void aProcedureIsAssessedCutAndLeavesTheRegister() {
        Procedure birth = procedure("1.001193", 5, 8000);
        ReviewRound round = round();
        assertEquals(1, round.procedures());

        Review assessed = services.reviews().assess(round.id(), birth.id(), null, cut(List.of("42", " 2026/000043",
                "2026/000042")), KEEPER);
        // the engine's numbers, once each
        assertEquals(List.of("2026/000042", "2026/000043"), assessed.caseNumbers());
        assertEquals(ReviewStatus.ASSESSED, assessed.status());
        assertEquals(1, assessed.criteriaMet());
        assertEquals(5, assessed.daysSavedPerDossier());

        assertEquals(List.of(assessed.id()), services.reviews().awaiting(CHAIR).stream().map(Review::id).toList());
        assertEquals(List.of(), services.reviews().awaiting(KEEPER), "the keeper does not decide");
        // the keeper may not decide; the chair decides by a decision
        assertThrows(AccessDeniedException.class, () -> services.reviews().decide(assessed.id(), assessed.version(),
                true, "15/QĐ-UBND", day("2026-03-02"), KEEPER));
        ValidationException early = assertThrows(ValidationException.class, () -> services.reviews().decide(
                assessed.id(), assessed.version(), true, "15/QĐ-UBND", day("2026-03-03"), CHAIR));
        assertEquals(ReviewService.DECIDED_ON, early.violations().get(0).messageKey());
        clock.setDay(day("2026-03-10"));
        Review adopted = services.reviews().decide(assessed.id(), assessed.version(), true, "15/QĐ-UBND",
                day("2026-03-10"), CHAIR);
        assertEquals(ReviewStatus.ADOPTED, adopted.status());
        assertTrue(adopted.implementBy().isAfter(day("2026-03-10")));
        assertThrows(OptimisticLockException.class, () -> services.reviews().implement(adopted.id(),
                assessed.version(), day("2026-03-10"), "Đã trình HĐND bãi bỏ", KEEPER));
        ValidationException again = assertThrows(ValidationException.class, () -> services.reviews().assess(
                round.id(), birth.id(), adopted.version(), cut(List.of()), KEEPER));
        assertEquals(ReviewService.NOT_ASSESSED, again.violations().get(0).messageKey());

        // the chair decides, the keeper records the follow-up: each sees what waits for them
        assertEquals(List.of(), services.reviews().awaiting(CHAIR).stream()
                .filter(r -> r.status() == ReviewStatus.ASSESSED).toList());
        assertEquals(List.of(adopted.id()), services.reviews().awaiting(KEEPER).stream().map(Review::id).toList());
        assertEquals(List.of(), services.reviews().awaiting(LIM_CHAIR));
        assertEquals(List.of(), services.reviews().awaiting(OVERSEER));
        Review done = services.reviews().implement(adopted.id(), adopted.version(), day("2026-03-10"),
                "Nghị quyết HĐND bãi bỏ thủ tục", KEEPER);
        assertEquals(ReviewStatus.IMPLEMENTED, done.status());
        Procedure abolished = services.register().procedures(FakeUnits.TIEN_DU, CHAIR).get(0);
        assertTrue(abolished.abolished());
        // a cut procedure is history: neither edited nor reviewed again
        assertThrows(ValidationException.class, () -> services.register().update(abolished.id(),
                abolished.version(), draft(FakeUnits.TIEN_DU, "1.001193", 2, 0), KEEPER));
        assertEquals(List.of("procedure-review.procedure.created", "procedure-review.round.opened",
                "procedure-review.review.assessed", "procedure-review.review.decided",
                "procedure-review.review.implemented"), audit.events().stream().map(e -> e.action()).toList());
        assertEquals(List.of(), services.reviews().awaiting(KEEPER), "carried out");

        UnitFigures figures = services.reports().figures(FakeUnits.TIEN_DU, 2026, OVERSEER);
        assertEquals(1, figures.procedures());
        assertEquals(1, figures.assessed());
        assertEquals(1, figures.proposedCut());
        assertEquals(1, figures.adopted());
        assertEquals(1, figures.implemented());
        assertEquals(2, figures.petitions());
        assertEquals(5, figures.daysSaved());
        assertEquals(8000L * 1200, figures.yearlyCostSavedVnd());
        assertEquals(1.0, figures.progress());
        assertEquals(List.of("1.001193"), services.reports().adoptedIn(FakeUnits.PROVINCE, 2026, OVERSEER).stream()
                .map(Review::procedureCode).toList());
        assertEquals(List.of(), services.reports().adoptedIn(FakeUnits.TIEN_DU, 2026, LIM_CHAIR));
    }

    @Test
    void aSimplificationShortensTheProcedureWhenCarriedOut() {
        Procedure land = procedure("1.003000", 10, 50_000);
        ReviewRound round = round();
        Assessment longer = new Assessment(true, true, false, true, "Hồ sơ trùng lặp", List.of(), Proposal.SIMPLIFY,
                12, 60_000L, null);
        ValidationException refused = assertThrows(ValidationException.class, () -> services.reviews().assess(
                round.id(), land.id(), null, longer, KEEPER));
        assertEquals(List.of(Violation.of("proposedDays", Assessment.PROPOSED_DAYS_RANGE, 10),
                Violation.of("proposedFeeVnd", Assessment.PROPOSED_FEE_RANGE, 50_000L)), refused.violations());
        Review first = services.reviews().assess(round.id(), land.id(), null, new Assessment(true, true, false, true,
                "Hồ sơ trùng lặp", List.of(), Proposal.SIMPLIFY, 7, 30_000L, 400), KEEPER);
        // assessed again before the decision, with the version read
        Review second = services.reviews().assess(round.id(), land.id(), first.version(), new Assessment(true, true,
                false, true, "Hồ sơ trùng lặp; bỏ bản sao giấy tờ", List.of(), Proposal.SIMPLIFY, 6, 30_000L, 400),
                KEEPER);
        assertEquals(first.id(), second.id());
        assertThrows(OptimisticLockException.class, () -> services.reviews().assess(round.id(), land.id(),
                first.version(), second.proposal() == Proposal.SIMPLIFY ? new Assessment(true, true, false, true,
                        "x", List.of(), Proposal.KEEP, null, null, null) : null, KEEPER));
        Review adopted = services.reviews().decide(second.id(), second.version(), true, "20/QĐ-UBND",
                day("2026-03-02"), CHAIR);
        services.reviews().implement(adopted.id(), adopted.version(), day("2026-03-02"),
                "Quyết định công bố thủ tục sửa đổi", KEEPER);
        Procedure after = services.register().procedures(FakeUnits.TIEN_DU, KEEPER).get(0);
        assertEquals(6, after.processingDays());
        assertEquals(30_000, after.feeVnd());
        assertFalse(after.abolished());
        UnitFigures figures = services.reports().figures(FakeUnits.TIEN_DU, 2026, CHAIR);
        assertEquals(4, figures.daysSaved());
        assertEquals(20_000L * 400, figures.yearlyCostSavedVnd());
    }

    @Test
    void theAssessmentIsValidatedAgainstTheCriteriaAndTheCaseEngine() {
        Procedure birth = procedure("1.001193", 5, 0);
        ReviewRound round = round();
        // an unnecessary or unlawful procedure cannot be kept
        ValidationException keep = assertThrows(ValidationException.class, () -> services.reviews().assess(round.id(),
                birth.id(), null, new Assessment(false, true, true, true, "Không cần thiết", List.of(), Proposal.KEEP,
                        null, null, null), KEEPER));
        assertEquals(Violation.of("proposal", Assessment.KEEP_REFUSED), keep.violations().get(0));
        ValidationException empty = assertThrows(ValidationException.class, () -> services.reviews().assess(
                round.id(), birth.id(), null, new Assessment(true, true, true, true, " ", List.of(), null, null, null,
                        -1), KEEPER));
        assertEquals(List.of("findings", "proposal", "yearlyDossiers"), empty.violations().stream()
                .map(Violation::field).toList());
        ValidationException unknown = assertThrows(ValidationException.class, () -> services.reviews().assess(
                round.id(), birth.id(), null, cut(List.of("2026/000042", "2026/999999")), KEEPER));
        assertEquals(List.of(Violation.of("caseNumbers", Assessment.CASE_UNKNOWN, "2026/999999")),
                unknown.violations());
        cases.available = false;
        ValidationException noEngine = assertThrows(ValidationException.class, () -> services.reviews().assess(
                round.id(), birth.id(), null, cut(List.of("2026/000042")), KEEPER));
        assertEquals(Assessment.CASES_UNAVAILABLE, noEngine.violations().get(0).messageKey());
        // without cases the review goes on without the engine
        Review review = services.reviews().assess(round.id(), birth.id(), null, cut(List.of()), KEEPER);
        assertEquals(List.of(), review.caseNumbers());

        Procedure lim = services.register().create(draft(FakeUnits.LIM, "1.009999", 3, 0), LIM_CHAIR);
        ValidationException other = assertThrows(ValidationException.class, () -> services.reviews().assess(
                round.id(), lim.id(), null, cut(List.of()), KEEPER));
        assertEquals(ReviewService.PROCEDURE_OTHER_UNIT, other.violations().get(0).messageKey());
        assertThrows(AccessDeniedException.class, () -> services.reviews().assess(round.id(), birth.id(),
                review.version(), cut(List.of()), LIM_CHAIR));
        assertEquals(List.of(), services.reviews().reviews(round.id(), LIM_CHAIR));
        assertEquals(1, services.reviews().reviews(round.id(), OVERSEER).size());
    }

    @Test
    void aRejectedProposalLeavesTheProcedureAndHasNoFollowUp() {
        Procedure birth = procedure("1.001193", 5, 0);
        ReviewRound round = round();
        Review assessed = services.reviews().assess(round.id(), birth.id(), null, cut(List.of()), KEEPER);
        Review rejected = services.reviews().decide(assessed.id(), assessed.version(), false, "Tờ trình 3/TTr",
                day("2026-03-02"), CHAIR);
        assertEquals(ReviewStatus.REJECTED, rejected.status());
        assertNull(rejected.implementBy());
        ValidationException refused = assertThrows(ValidationException.class, () -> services.reviews().implement(
                rejected.id(), rejected.version(), day("2026-03-02"), "x", KEEPER));
        assertEquals(ReviewService.NOT_ADOPTED, refused.violations().get(0).messageKey());
        assertFalse(services.register().procedures(FakeUnits.TIEN_DU, KEEPER).get(0).abolished());
        assertEquals(0, services.reports().figures(FakeUnits.TIEN_DU, 2026, CHAIR).adopted());
    }

    @Test
    void theEvidenceTellsReviewsAndAdoptedProposalsWithinTheAskersScope() {
        Procedure birth = procedure("1.001193", 5, 0);
        procedure("1.001194", 5, 0);
        ReviewRound round = round();
        Review assessed = services.reviews().assess(round.id(), birth.id(), null, cut(List.of()), KEEPER);
        services.reviews().decide(assessed.id(), assessed.version(), true, "15/QĐ-UBND", day("2026-03-02"), CHAIR);
        List<Evidence> evidence = services.evidence().evidence(new EvidenceQuery(FakeUnits.PROVINCE, null,
                day("2026-01-01"), day("2026-12-31"), Set.of(), OVERSEER));
        assertEquals(List.of(ProcedureEvidence.REVIEWED, ProcedureEvidence.ADOPTED), evidence.stream()
                .map(Evidence::kind).toList());
        assertEquals(1, evidence.get(1).value().intValue());
        assertEquals(List.of(1, 1L), evidence.get(1).labelArgs());
        assertEquals(List.of(), services.evidence().evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null,
                day("2026-01-01"), day("2026-12-31"), Set.of(), LIM_CHAIR)));
        assertEquals(List.of(), services.evidence().evidence(new EvidenceQuery(FakeUnits.TIEN_DU, null,
                day("2025-01-01"), day("2025-12-31"), Set.of(), OVERSEER)));
    }
}
