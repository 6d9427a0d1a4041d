package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The six-monthly summary for the People's Council: the programmes whose round fell in the half year, the
 * recommendations issued in it and where they stand on the day of the summary.
 *
 * @param half 1 (January–June) or 2 (July–December)
 * @param asOf the day the states are counted on
 */
public record HalfYearSummary(long unitId, int year, int half, LocalDate from, LocalDate to, LocalDate asOf,
        List<SupervisionProgramme> programmes, List<Recommendation> recommendations) {

    public HalfYearSummary {
        programmes = List.copyOf(programmes);
        recommendations = List.copyOf(recommendations);
    }

    public long held() {
        return programmes.stream().filter(p -> p.heldOn() != null).count();
    }

    public long reported() {
        return programmes.stream().filter(p -> p.reportedOn() != null).count();
    }

    public long plansLate() {
        return programmes.stream().filter(SupervisionProgramme::planLate).count();
    }

    public long reportsLate() {
        return programmes.stream().filter(p -> p.reportLate(asOf)).count();
    }

    public long inState(RecommendationState state) {
        return recommendations.stream().filter(r -> r.state() == state).count();
    }

    public long answeredOnTime() {
        return recommendations.stream().filter(Recommendation::answeredOnTime).count();
    }

    public long overdue() {
        return recommendations.stream().filter(r -> r.overdue(asOf)).count();
    }
}
