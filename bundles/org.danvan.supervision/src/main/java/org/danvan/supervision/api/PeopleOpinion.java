package org.danvan.supervision.api;

import java.time.LocalDate;

/**
 * An opinion of the people in the register, and where it was forwarded.
 *
 * @param half the half year it was gathered in: 1 or 2
 * @param forwardedTo the Party committee or government body it was forwarded to, once forwarded
 */
public record PeopleOpinion(long id, long version, long unitId, String unitName, OpinionSubject subject,
        String source, String content, LocalDate gatheredOn, int half, String forwardedTo, LocalDate forwardedOn) {
}
