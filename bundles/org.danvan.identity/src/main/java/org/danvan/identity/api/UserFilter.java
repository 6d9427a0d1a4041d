package org.danvan.identity.api;

/**
 * Criteria for the user list; {@code null} components do not restrict.
 *
 * @param text part of login, full name (diacritics and case ignored) or email
 * @param unitId users belonging to this unit or its subtree
 * @param roleId users holding this role somewhere
 * @param locked only locked ({@code true}) or only unlocked ({@code false}) users
 */
public record UserFilter(String text, Long unitId, String roleId, Boolean locked) {

    public static UserFilter any() {
        return new UserFilter(null, null, null, null);
    }
}
