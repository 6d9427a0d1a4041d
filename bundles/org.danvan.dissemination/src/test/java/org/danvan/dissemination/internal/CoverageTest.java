package org.danvan.dissemination.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.danvan.dissemination.api.Document;
import org.danvan.dissemination.api.DocumentProgress;
import org.danvan.dissemination.api.Pending;
import org.danvan.dissemination.api.UnitCoverage;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.junit.jupiter.api.Test;

/** Coverage adds sessions up to the members, overdue units, the reminder rule row, the evidence for other modules. */
@OnEveryDatabase
class CoverageTest extends DisseminationFixture {

    @Test
    void sessionsAddUpCappedAtTheMembersTargeted() {
        Document doc = issued(FakeUnits.TIEN_DU, FakeUnits.LIM);
        held(doc.id(), FakeUnits.TIEN_DU, "2026-02-25", 60, 200, TIEN_DU_OFFICER);
        held(doc.id(), FakeUnits.TIEN_DU, "2026-03-01", 90, 200, TIEN_DU_OFFICER);
        DocumentProgress progress = service.progress(doc.id(), OVERSEER);
        UnitCoverage tienDu = progress.units().get(0);
        assertEquals(FakeUnits.TIEN_DU, tienDu.unitId());
        assertEquals(2, tienDu.sessions());
        assertEquals(150, tienDu.reached());
        assertEquals(0.75, tienDu.coverage(), 1e-9);
        assertEquals(day("2026-02-25"), tienDu.firstHeldOn());
        assertTrue(tienDu.onTime());
        // a third session with the loudspeakers: the sum (250) is capped at the 200 members
        held(doc.id(), FakeUnits.TIEN_DU, "2026-03-02", 100, 200, TIEN_DU_OFFICER);
        tienDu = service.progress(doc.id(), OVERSEER).units().get(0);
        assertEquals(200, tienDu.reached());
        assertEquals(1.0, tienDu.coverage(), 1e-9);

        UnitCoverage lim = service.progress(doc.id(), OVERSEER).units().get(1);
        assertFalse(lim.done());
        assertEquals(0.0, lim.coverage());
        assertEquals(List.of(FakeUnits.LIM), service.progress(doc.id(), OVERSEER).notDone().stream()
                .map(UnitCoverage::unitId).toList());
        // Lim's officer sees Lim's line only
        assertEquals(List.of(FakeUnits.LIM), service.progress(doc.id(), LIM_OFFICER).units().stream()
                .map(UnitCoverage::unitId).toList());
        // the province's report: its documents with the coverage of each commune
        List<DocumentProgress> report = service.report(FakeUnits.PROVINCE, null, null, OVERSEER);
        assertEquals(1, report.size());
        assertEquals(200.0 / 200, report.get(0).coverage(), 1e-9);
    }

    @Test
    void aUnitWithoutSessionIsRemindedThenOverdue() {
        Document doc = issued(FakeUnits.TIEN_DU, FakeUnits.LIM);
        held(doc.id(), FakeUnits.LIM, "2026-03-02", 30, 40, LIM_OFFICER);
        // 2 March: due on 20 March, 18 days ahead, beyond the rule's 7 days
        List<Pending> pending = service.pending(TIEN_DU_OFFICER);
        assertEquals(1, pending.size());
        assertEquals(FakeUnits.TIEN_DU, pending.get(0).unitId());
        assertFalse(pending.get(0).remind());
        assertFalse(pending.get(0).overdue());
        assertEquals(List.of(), service.pending(LIM_OFFICER));
        // the province issues, it does not record: nothing for it to disseminate
        assertEquals(List.of(), service.pending(PROVINCE_OFFICER));

        clock.setDay(day("2026-03-13"));
        assertTrue(service.pending(TIEN_DU_OFFICER).get(0).remind());
        assertFalse(service.pending(TIEN_DU_OFFICER).get(0).overdue());
        clock.setDay(day("2026-03-20"));
        assertFalse(service.pending(TIEN_DU_OFFICER).get(0).overdue());
        assertFalse(service.progress(doc.id(), OVERSEER).units().get(0).overdue());
        clock.setDay(day("2026-03-21"));
        assertTrue(service.pending(TIEN_DU_OFFICER).get(0).overdue());
        assertTrue(service.progress(doc.id(), OVERSEER).units().get(0).overdue());
        assertFalse(service.progress(doc.id(), OVERSEER).units().get(1).overdue());

        // a late session ends the reminder but is not on time
        held(doc.id(), FakeUnits.TIEN_DU, "2026-03-21", 10, 50, TIEN_DU_OFFICER);
        assertEquals(List.of(), service.pending(TIEN_DU_OFFICER));
        UnitCoverage late = service.progress(doc.id(), OVERSEER).units().get(0);
        assertTrue(late.done());
        assertFalse(late.onTime());
        assertFalse(late.overdue());
    }

    @Test
    void theEvidenceCountsTheUnitsThatDisseminatedOnTime() {
        Document doc = issued(FakeUnits.TIEN_DU, FakeUnits.LIM);
        held(doc.id(), FakeUnits.TIEN_DU, "2026-03-01", 30, 40, TIEN_DU_OFFICER);
        EvidenceQuery province = new EvidenceQuery(FakeUnits.PROVINCE, null, day("2026-01-01"), day("2026-06-30"),
                Set.of(DisseminationEvidence.ON_TIME), OVERSEER);
        List<Evidence> found = services.evidence().evidence(province);
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).value().intValue());
        assertEquals(2, found.get(0).target().intValue());
        EvidenceQuery lim = new EvidenceQuery(FakeUnits.LIM, null, day("2026-01-01"), day("2026-06-30"), Set.of(),
                LIM_OFFICER);
        assertEquals(0, services.evidence().evidence(lim).get(0).value().intValue());
        // out of the period, or for a person: nothing
        assertEquals(List.of(), services.evidence().evidence(new EvidenceQuery(FakeUnits.PROVINCE, null,
                day("2026-04-01"), day("2026-06-30"), Set.of(), OVERSEER)));
        assertEquals(List.of(), services.evidence().evidence(new EvidenceQuery(FakeUnits.PROVINCE, 2L,
                day("2026-01-01"), day("2026-06-30"), Set.of(), OVERSEER)));
    }
}
