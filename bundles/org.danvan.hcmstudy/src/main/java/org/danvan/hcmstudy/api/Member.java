package org.danvan.hcmstudy.api;

/**
 * A person on a unit's member list: a cadre, civil servant or Party member who studies and commits.
 *
 * @param login the DanVan login of the person, {@code null} if they have no account (the head then records for them)
 * @param leader whether they hold a leading post (the behaviours for leaders apply)
 */
public record Member(long id, long version, long unitId, String name, String position, String login,
        boolean leader) {
}
