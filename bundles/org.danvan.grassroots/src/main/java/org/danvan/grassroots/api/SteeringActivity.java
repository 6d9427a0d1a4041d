package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A Steering Committee's plan, meeting or inspection round, as stored.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param committeeId the committee
 * @param kind plan, meeting or round
 * @param year the year it belongs to
 * @param heldOn the day (adopted, met, or the round's last day)
 * @param subject its title
 * @param content the plan, the conclusions or the findings
 * @param targetUnitId for a round, the unit whose mass-mobilisation work was inspected; else {@code null}
 * @param targetUnitName that unit's name when recorded
 * @param tasks follow-up tasks set
 * @param openTasks of which not done yet
 */
public record SteeringActivity(long id, long version, long committeeId, SteeringActivityKind kind, int year,
        LocalDate heldOn, String subject, String content, Long targetUnitId, String targetUnitName, long tasks,
        long openTasks) {
}
