package org.danvan.cases.api;

/**
 * The identity of a petitioner. Stored encrypted (AES-GCM) for every kind — the personal-data law (Law 91/2025)
 * applies to all petitioners, and a denouncer's identity is a state secret. Any field may be {@code null}.
 *
 * @param fullName full name
 * @param address address
 * @param idNumber citizen ID (CCCD) number
 * @param phone phone number
 * @param email e-mail address
 * @param identityNotes free-text notes that identify the person (handwriting, relatives, ...)
 */
public record PersonData(String fullName, String address, String idNumber, String phone, String email,
        String identityNotes) {

    /** A person with only a name and an address. */
    public static PersonData of(String fullName, String address) {
        return new PersonData(fullName, address, null, null, null, null);
    }
}
