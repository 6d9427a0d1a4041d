package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A Steering Committee for grassroots democracy at a level (commune, province, ...), as stored.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the unit whose committee it is
 * @param unitName its name when recorded
 * @param name the committee's name
 * @param establishedOn the day of the decision establishing it
 * @param members its members
 * @param openTasks follow-up tasks not done yet
 * @param lateTasks of which past their due day
 */
public record SteeringCommittee(long id, long version, long unitId, String unitName, String name,
        LocalDate establishedOn, List<SteeringMember> members, long openTasks, long lateTasks) {

    public SteeringCommittee {
        members = List.copyOf(members);
    }
}
