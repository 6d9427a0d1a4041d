package org.danvan.conduct.api;

/**
 * A finding of an inspection round as the user types it: about an official (name and position) or about the place
 * (both empty).
 *
 * @param officialName the official's full name, or empty for a finding about the place
 * @param officialPosition the official's position, required with a name
 * @param seen what the team saw
 * @param severity how serious it is
 */
public record FindingDraft(String officialName, String officialPosition, String seen, Severity severity) {

    /** Argument: the maximum length. */
    public static final String POSITION_REQUIRED = "conduct.validation.finding.position";
    /** Argument: the maximum length. */
    public static final String SEEN_REQUIRED = "conduct.validation.finding.seen";
    public static final String SEVERITY_REQUIRED = "conduct.validation.finding.severity";
}
