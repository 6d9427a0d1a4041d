package org.danvan.emulation.api;

/**
 * An emulation registration at the start of the year.
 *
 * @param unitId the registering unit (for a collective, the collective itself)
 * @param year the emulation year
 * @param recipient a person or the collective
 * @param candidateName the person's name, or the collective's (defaults to the unit's name when blank)
 * @param targetTitle the title aimed at (a code of the title table)
 * @param targets the targets the registration commits to
 */
public record RegistrationDraft(long unitId, int year, Recipient recipient, String candidateName, String targetTitle,
        String targets) {

    public static final String YEAR = "emulation.validation.registration.year";
}
