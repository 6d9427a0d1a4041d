package org.danvan.supervision.internal;

import java.time.LocalDate;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.supervision.api.HalfYearSummary;
import org.danvan.supervision.api.SupervisionReports;

/** The six-monthly summary, gathered from the module's tables within the reader's scope. */
final class SupervisionReportsImpl implements SupervisionReports {

    private final Context ctx;

    SupervisionReportsImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public HalfYearSummary halfYear(long unitId, int year, int half, UserPrincipal user) {
        if (half != 1 && half != 2) {
            throw ValidationException.of("half", HALF_RANGE);
        }
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        LocalDate to = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        LocalDate today = ctx.today();
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return new HalfYearSummary(unitId, year, half, from, to, today, java.util.List.of(), java.util.List.of());
        }
        return ctx.store().read(em -> new HalfYearSummary(unitId, year, half, from, to, today,
                SupervisionServiceImpl.inPeriod(em, units, from, to).stream()
                        .map(SupervisionServiceImpl::toProgramme).toList(),
                RecommendationServiceImpl.issued(em, units, from, to).stream()
                        .map(r -> RecommendationServiceImpl.toRecommendation(em, r)).toList()));
    }
}
