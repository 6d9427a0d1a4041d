package org.danvan.cases.api.feed;

/**
 * A petitioner as the export shows them: name and address only (no identity number, telephone or e-mail).
 *
 * @param fullName full name
 * @param address address as given, {@code null} if none
 */
public record FeedPerson(String fullName, String address) {
}
