package org.danvan.platform.api.security;

/**
 * A person of the staff as others pick them: by name.
 *
 * @param userId the account id
 * @param login the login
 * @param fullName the full name
 * @param unitId the unit where the permission asked for is held (the person's own unit or one above it)
 */
public record StaffMember(long userId, String login, String fullName, long unitId) {
}
