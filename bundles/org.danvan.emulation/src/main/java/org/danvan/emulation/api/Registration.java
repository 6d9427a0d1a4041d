package org.danvan.emulation.api;

/**
 * An emulation registration with its evaluation total.
 *
 * @param id its id
 * @param version for optimistic locking
 * @param unitId the registering unit
 * @param unitName its name when registered
 * @param unitKind its kind when registered (chooses the criteria set)
 * @param year the emulation year
 * @param recipient a person or the collective
 * @param candidateName the person's or collective's name
 * @param targetTitle the title aimed at
 * @param targets the targets
 * @param state where it stands
 * @param points the evaluation's total, {@code null} before it
 * @param maxPoints the criteria set's total
 * @param classification the year-end classification computed from the points, {@code null} before the evaluation
 */
public record Registration(long id, long version, long unitId, String unitName, String unitKind, int year,
        Recipient recipient, String candidateName, String targetTitle, String targets, RegistrationState state,
        Integer points, int maxPoints, Classification classification) {
}
