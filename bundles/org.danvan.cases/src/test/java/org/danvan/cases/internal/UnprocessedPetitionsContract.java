package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.junit.jupiter.api.Test;

/**
 * The worklist of petitions left unprocessed beyond 45 days (Decree 154/2026/NĐ-CP art. 41, rule
 * {@code petition.unprocessed} from 1 July 2026): received or classified, never accepted, returned, transferred or
 * resolved; days before the rule came into force do not count. Expected days are counted by hand.
 */
abstract class UnprocessedPetitionsContract extends CaseEngineFixture {

    private void today(LocalDate day) {
        LocalDate now = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(now, day)));
    }

    private long received(CaseKind kind, LocalDate day) {
        return intake(TestOrgUnits.TIEN_DU, kind, person("Trần Văn Tám", "001085099999", "0912000000"),
                "Đơn số " + day, day).caseId();
    }

    private Set<Long> unprocessed() {
        return Set.copyOf(engine.find(CHAIR, CaseQuery.of(Worklist.UNPROCESSED)).items().stream()
                .map(CaseSummary::id).toList());
    }

    @Test
    void petitionsUnprocessedBeyondFortyFiveDaysAreListed() {
        today(LocalDate.of(2026, 7, 6));
        long before = received(CaseKind.RECOMMENDATION, LocalDate.of(2026, 6, 1)); // counted from 1 July
        long first = received(CaseKind.COMPLAINT_FIRST, LocalDate.of(2026, 7, 1));
        long later = received(CaseKind.REFLECTION, LocalDate.of(2026, 7, 6));
        long classified = received(CaseKind.DENUNCIATION, LocalDate.of(2026, 7, 1));
        engine.classify(CHAIR, classified, version(classified), Classification.complete(CaseKind.DENUNCIATION));
        long accepted = received(CaseKind.COMPLAINT_FIRST, LocalDate.of(2026, 7, 1));
        engine.classify(CHAIR, accepted, version(accepted), Classification.complete(CaseKind.COMPLAINT_FIRST));
        engine.accept(CHAIR, accepted, version(accepted), LocalDate.of(2026, 7, 6));
        long returned = received(CaseKind.REFLECTION, LocalDate.of(2026, 7, 1));
        engine.returnAndGuide(CHAIR, returned, version(returned), "UBND tỉnh", "Gửi đến UBND tỉnh");

        assertEquals(Set.of(), unprocessed(), "nothing is 45 days old on 6 July 2026");
        // 1 July + 45 = Saturday 15 August → Monday 17 August: on that day still in time
        today(LocalDate.of(2026, 8, 17));
        assertEquals(Set.of(), unprocessed());
        today(LocalDate.of(2026, 8, 18));
        assertEquals(Set.of(before, first, classified), unprocessed(),
                "received before the law, on 1 July, classified but not processed; not the accepted or returned ones");
        // 6 July + 45 = Thursday 20 August: listed from 21 August
        today(LocalDate.of(2026, 8, 20));
        assertEquals(Set.of(before, first, classified), unprocessed());
        today(LocalDate.of(2026, 8, 21));
        assertEquals(Set.of(before, first, classified, later), unprocessed());
        assertEquals(List.of(), engine.find(OBSERVER, CaseQuery.of(Worklist.UNPROCESSED)).items(),
                "within the user's scope only");
    }
}
