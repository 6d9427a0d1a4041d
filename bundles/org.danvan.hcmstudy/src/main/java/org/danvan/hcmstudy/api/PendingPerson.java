package org.danvan.hcmstudy.api;

/**
 * A member of a unit who still owes something for a year: a registration, or a self-review that is due.
 *
 * @param commitmentId their commitment, {@code null} when not registered
 * @param missing what is missing: {@code REGISTRATION}, {@code MID_YEAR} or {@code YEAR_END}
 */
public record PendingPerson(long memberId, String memberName, String login, Long commitmentId, String missing) {
}
