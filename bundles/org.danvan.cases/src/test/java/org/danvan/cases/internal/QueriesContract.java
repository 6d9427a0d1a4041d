package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Intake validation, reception-book intake, worklists within the user's scope, dashboards and report counts. */
abstract class QueriesContract extends CaseEngineFixture {

    @Test
    void intakeRefusesBadInputWithEveryReasonAndStoresNothing() {
        IntakeRequest bad = new IntakeRequest(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST,
                Channel.FORWARDED_BY_DEPUTY, null, List.of(new PersonData(" ", null, "12", "abc", "no-at", null)),
                true, 1, null, "  ", TODAY.plusDays(1), null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> engine.intake(RECEPTION, bad));
        assertEquals(List.of("forwardedBy", "petitioners[0].fullName", "petitioners[0].idNumber",
                "petitioners[0].phone", "petitioners[0].email", "peopleCount", "content", "receivedOn"),
                e.violations().stream().map(v -> v.field()).toList());
        assertRefused("case.error.petitioners.required", () -> intake(CaseKind.COMPLAINT_FIRST, null, "Khiếu nại"));
        assertRefused("case.error.unit.unknown", () -> intake(999, CaseKind.REFLECTION, person("A", null, null), "x",
                TODAY));
        assertThrows(AccessDeniedException.class, () -> engine.intake(OBSERVER, IntakeRequest.of(TestOrgUnits.LIM,
                CaseKind.REFLECTION, Channel.ONLINE, person("A", null, null), null, "Phản ánh", TODAY)));
        assertEquals(0L, (long) store.read(em -> em.createQuery("SELECT COUNT(c) FROM CaseRecord c", Long.class)
                .getSingleResult()));
    }

    @Test
    void aReceptionBookEntryCreatesACaseThatPointsBackToIt() {
        long id = engine.intake(RECEPTION, IntakeRequest.fromReceptionEntry(TestOrgUnits.TIEN_DU,
                CaseKind.COMPLAINT_FIRST, List.of(person("Đoàn Thị Xuân", null, null), person("Đoàn Văn Hạ", null,
                        null)), true, 12, "UBND xã", "Đoàn đông người khiếu nại", TODAY, "42")).caseId();
        CaseDetail detail = engine.detail(CHAIR, id);
        assertEquals(Channel.RECEPTION_OFFICE, detail.channel());
        assertEquals("reception-entry", detail.sourceType());
        assertEquals("42", detail.sourceId());
        assertEquals(12, detail.peopleCount());
        assertEquals("Đoàn đông người khiếu nại", detail.content(), "Vietnamese survives the round trip");
        assertEquals(2, detail.petitioners().size());
    }

    @Test
    void worklistsStayWithinTheUsersUnitsAndFilterAndSort() {
        long a = intake(TestOrgUnits.TIEN_DU, CaseKind.COMPLAINT_FIRST, person("Một", null, null), "Khiếu nại một",
                LocalDate.of(2026, 3, 2)).caseId();
        long b = intake(TestOrgUnits.VILLAGE, CaseKind.INFO_REQUEST_ELECTRONIC, person("Hai", null, null),
                "Xin thông tin hai", TODAY).caseId();
        long c = intake(TestOrgUnits.LIM, CaseKind.REFLECTION, person("Ba", null, null), "Phản ánh ba", TODAY)
                .caseId();

        assertEquals(Set.of(a, b), ids(engine.find(CHAIR, CaseQuery.of(Worklist.ALL)).items()));
        assertEquals(Set.of(c), ids(engine.find(OBSERVER, CaseQuery.of(Worklist.ALL)).items()));
        assertEquals(Set.of(a, b, c), ids(engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL)).items()));
        assertEquals(Set.of(b), ids(engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL)
                .withUnit(TestOrgUnits.VILLAGE, false)).items()));
        assertEquals(Set.of(a, b), ids(engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL)
                .withUnit(TestOrgUnits.TIEN_DU, true)).items()));
        assertEquals(Set.of(), ids(engine.find(OBSERVER, CaseQuery.of(Worklist.ALL)
                .withUnit(TestOrgUnits.TIEN_DU, true)).items()), "a filter never widens the scope");

        CaseQuery byDue = new CaseQuery(Worklist.ALL, Set.of(CaseKind.COMPLAINT_FIRST,
                CaseKind.INFO_REQUEST_ELECTRONIC), Set.of(CaseStatus.RECEIVED), null, false, LocalDate.of(2026, 3, 1),
                TODAY, null, null, true, 0, 10);
        List<CaseSummary> sorted = engine.find(INSPECTOR, byDue).items();
        assertEquals(List.of(a, b), sorted.stream().map(CaseSummary::id).toList(), "12 March before 13 March");
        assertEquals(Set.of(a, b), ids(engine.find(INSPECTOR, CaseQuery.of(Worklist.UNIT_QUEUE)
                .withUnit(TestOrgUnits.TIEN_DU, true)).items()));
        assertEquals(1, engine.find(INSPECTOR, new CaseQuery(Worklist.ALL, null, null, null, false, null, null, null,
                null, false, 1, 1)).items().size(), "paging");
        assertRefused("case.error.page", () -> engine.find(INSPECTOR, new CaseQuery(Worklist.ALL, null, null, null,
                false, null, null, null, null, false, 0, 501)));
        assertTrue(engine.findByNumberOrId(OBSERVER, "2026/000001").isPresent(), "Lim's own first case");
        assertEquals(c, engine.findByNumberOrId(OBSERVER, "2026/000001").get().id());
        assertTrue(engine.findByNumberOrId(OBSERVER, Long.toString(a)).isEmpty(), "outside the observer's scope");
    }

    @Test
    void dashboardAndPeriodCounts() {
        long onTime = intake(CaseKind.RECOMMENDATION, person("Một", null, null), "Kiến nghị một").caseId();
        engine.classify(RECEPTION, onTime, version(onTime), Classification.complete(CaseKind.RECOMMENDATION));
        engine.resolve(CHAIR, onTime, version(onTime), new Resolution(Outcome.ANSWERED, null, "CV 1", TODAY, null));
        long late = intake(TestOrgUnits.VILLAGE, CaseKind.INFO_REQUEST_ELECTRONIC, person("Hai", null, null),
                "Xin thông tin", LocalDate.of(2026, 3, 2)).caseId();
        engine.classify(INSPECTOR, late, version(late), Classification.complete(CaseKind.INFO_REQUEST_ELECTRONIC));
        engine.resolve(INSPECTOR, late, version(late),
                new Resolution(Outcome.INFORMATION_PROVIDED, null, "CV 2", TODAY, null));
        long accepted = intake(CaseKind.COMPLAINT_FIRST, person("Ba", null, null), "Khiếu nại ba").caseId();
        engine.classify(RECEPTION, accepted, version(accepted), Classification.complete(CaseKind.COMPLAINT_FIRST));
        engine.accept(CHAIR, accepted, version(accepted), TODAY);
        intake(TestOrgUnits.LIM, CaseKind.REFLECTION, person("Bốn", null, null), "Phản ánh ở Lim", TODAY);

        PeriodCounts march = engine.periodCounts(CHAIR, TestOrgUnits.TIEN_DU, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31));
        assertEquals(new PeriodCounts(3, 1, 1, 1, 1), march);
        PeriodCounts province = engine.periodCounts(INSPECTOR, TestOrgUnits.PROVINCE, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31));
        assertEquals(4, province.received());
        assertEquals(2, province.pending());
        PeriodCounts before = engine.periodCounts(CHAIR, TestOrgUnits.TIEN_DU, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 5));
        assertEquals(new PeriodCounts(1, 0, 0, 0, 1), before, "the late case was pending on 5 March");
        assertThrows(AccessDeniedException.class, () -> engine.periodCounts(OBSERVER, TestOrgUnits.TIEN_DU,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        assertRefused("case.error.period", () -> engine.periodCounts(CHAIR, TestOrgUnits.TIEN_DU, TODAY,
                TODAY.minusDays(1)));

        // the same figures, offered to other modules as evidence, within the asker's scope only
        CaseEvidenceProvider evidence = new CaseEvidenceProvider(engine, access);
        List<Evidence> offered = evidence.evidence(new EvidenceQuery(TestOrgUnits.TIEN_DU, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Set.of(), CHAIR));
        assertEquals(List.of(CaseEvidenceProvider.RECEIVED, CaseEvidenceProvider.RESOLVED_ON_TIME,
                CaseEvidenceProvider.PENDING), offered.stream().map(Evidence::kind).toList());
        Evidence resolvedOnTime = offered.get(1);
        assertEquals(1, resolvedOnTime.value().intValueExact());
        assertEquals(2, resolvedOnTime.target().intValueExact(), "one of the two resolved was late");
        assertFalse(resolvedOnTime.meetsTarget());
        assertEquals(List.of(1L, 2L), resolvedOnTime.labelArgs());
        assertEquals("bao-cao", resolvedOnTime.route());
        assertEquals(List.of(), evidence.evidence(new EvidenceQuery(TestOrgUnits.TIEN_DU, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Set.of(), OBSERVER)), "outside the scope");
        assertEquals(List.of(CaseEvidenceProvider.PENDING), evidence.evidence(new EvidenceQuery(TestOrgUnits.TIEN_DU,
                null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Set.of(CaseEvidenceProvider.PENDING),
                CHAIR)).stream().map(Evidence::kind).toList());

        List<DashboardCount> dashboard = engine.dashboard(CHAIR, TestOrgUnits.TIEN_DU);
        assertEquals(3, dashboard.stream().mapToLong(DashboardCount::count).sum());
        assertTrue(dashboard.contains(new DashboardCount(CaseKind.COMPLAINT_FIRST, CaseStatus.ACCEPTED,
                org.danvan.cases.api.DueState.ON_TIME, 1)), dashboard.toString());
    }

    @Test
    void aPersonsOwnCasesAreCountedAndOfferedAsTheirEvidence() {
        long mine = intake(CaseKind.RECOMMENDATION, person("Một", null, null), "Kiến nghị một").caseId();
        engine.classify(RECEPTION, mine, version(mine), Classification.complete(CaseKind.RECOMMENDATION));
        engine.assign(CHAIR, mine, version(mine), HANDLER.userId(), HANDLER.fullName());
        engine.resolve(HANDLER, mine, version(mine), new Resolution(Outcome.ANSWERED, null, "CV 1", TODAY, null));
        long open = intake(CaseKind.RECOMMENDATION, person("Hai", null, null), "Kiến nghị hai").caseId();
        engine.classify(RECEPTION, open, version(open), Classification.complete(CaseKind.RECOMMENDATION));
        engine.assign(CHAIR, open, version(open), HANDLER.userId(), HANDLER.fullName());
        long others = intake(CaseKind.RECOMMENDATION, person("Ba", null, null), "Kiến nghị ba").caseId();
        engine.classify(RECEPTION, others, version(others), Classification.complete(CaseKind.RECOMMENDATION));
        engine.resolve(CHAIR, others, version(others), new Resolution(Outcome.ANSWERED, null, "CV 3", TODAY, null));

        LocalDate from = LocalDate.of(2026, 1, 1);
        PeriodCounts handled = engine.handledCounts(CHAIR, TestOrgUnits.TIEN_DU, HANDLER.userId(), from, TODAY);
        assertEquals(new PeriodCounts(2, 0, 1, 0, 1), handled, "two of his own, one resolved on time, one open");
        assertEquals(3, engine.periodCounts(CHAIR, TestOrgUnits.TIEN_DU, from, TODAY).received());
        assertThrows(AccessDeniedException.class, () -> engine.handledCounts(OBSERVER, TestOrgUnits.TIEN_DU,
                HANDLER.userId(), from, TODAY));

        CaseEvidenceProvider evidence = new CaseEvidenceProvider(engine, access);
        List<Evidence> his = evidence.evidence(new EvidenceQuery(TestOrgUnits.TIEN_DU, HANDLER.userId(), from, TODAY,
                Set.of(), CHAIR));
        assertEquals(List.of(CaseEvidenceProvider.RESOLVED_ON_TIME, CaseEvidenceProvider.PENDING),
                his.stream().map(Evidence::kind).toList());
        assertEquals("cases.evidence.person.resolvedOnTime.value", his.get(0).labelKey());
        assertEquals(List.of(1L, 1L), his.get(0).labelArgs());
        assertEquals(Long.valueOf(HANDLER.userId()), his.get(0).personUserId());
        assertEquals(List.of(), evidence.evidence(new EvidenceQuery(TestOrgUnits.TIEN_DU, HANDLER.userId(), from,
                TODAY, Set.of(), OBSERVER)), "outside the asker's scope");
    }

    private static Set<Long> ids(List<CaseSummary> summaries) {
        return Set.copyOf(summaries.stream().map(CaseSummary::id).toList());
    }
}
