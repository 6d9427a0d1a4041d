package org.danvan.reception.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How often the head of a kind of unit must receive citizens, with its legal source: data, not code, because the
 * law changes (Law 136/2025/QH15 amends the reception law from 1 July 2026).
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitKind the org-unit kind it applies to, one of {@link org.danvan.platform.api.org.OrgUnitKinds}
 * @param period the period the minimum refers to
 * @param minimumDays the minimum number of distinct reception days per period (at least 1)
 * @param legalSource the citation, e.g. {@code Luật Tiếp công dân 42/2013/QH13, Điều 15 khoản 3}
 * @param delegationBannedFrom first day on which the head may no longer delegate reception to a deputy, or
 *            {@code null} when delegation is allowed
 * @param delegationSource the citation of that ban, or {@code null}
 * @param effectiveFrom the first day of the periods this row judges: a week or month is judged by the row of its
 *            unit kind in force on its first day (since 1.1; rows of 1.0 start on 2014-07-01, Law 42/2013/QH13)
 */
public record FrequencyRule(long id, long version, String unitKind, FrequencyPeriod period, int minimumDays,
        String legalSource, LocalDate delegationBannedFrom, String delegationSource, LocalDate effectiveFrom) {

    /** The day Law 42/2013/QH13 came into force, from which the undated rows of 1.0 applied. */
    public static final LocalDate LAW_42_2013 = LocalDate.of(2014, 7, 1);

    public FrequencyRule {
        Objects.requireNonNull(unitKind, "unitKind");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(legalSource, "legalSource");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** A row in force from {@link #LAW_42_2013}, as in 1.0. */
    public FrequencyRule(long id, long version, String unitKind, FrequencyPeriod period, int minimumDays,
            String legalSource, LocalDate delegationBannedFrom, String delegationSource) {
        this(id, version, unitKind, period, minimumDays, legalSource, delegationBannedFrom, delegationSource,
                LAW_42_2013);
    }

    /** Whether a session on {@code day} held by a deputy breaks this rule's delegation ban. */
    public boolean forbidsDelegationOn(LocalDate day) {
        return delegationBannedFrom != null && !day.isBefore(delegationBannedFrom);
    }
}
