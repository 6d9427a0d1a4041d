package org.danvan.identity.api;

import java.util.List;

/**
 * The editable fields of a user.
 *
 * @param login login name: 3–64 characters, letters a–z, digits, '.', '_' or '-'; stored in lower case; cannot be
 *            changed after creation
 * @param fullName full name, 1–255 characters
 * @param email optional, a plausible address
 * @param phone optional, digits with an optional leading '+', 8–15 digits
 * @param unitIds at least one unit; the first is the primary unit
 */
public record UserDraft(String login, String fullName, String email, String phone, List<Long> unitIds) {
}
