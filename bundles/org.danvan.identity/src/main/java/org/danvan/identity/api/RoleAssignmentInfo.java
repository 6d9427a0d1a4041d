package org.danvan.identity.api;

/**
 * A role held by a user at a unit (covering its subtree).
 *
 * @param id assignment id
 * @param userId the user
 * @param login the user's login
 * @param roleId the role
 * @param unitId the unit
 */
public record RoleAssignmentInfo(long id, long userId, String login, String roleId, long unitId) {
}
