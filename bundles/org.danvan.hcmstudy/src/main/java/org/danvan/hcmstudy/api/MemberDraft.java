package org.danvan.hcmstudy.api;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A person added to a unit's member list.
 *
 * @param unitId required
 * @param name required, at most {@value #NAME_MAX} characters
 * @param position the post held, at most {@value #NAME_MAX} characters
 * @param login their DanVan login, optional; unique in the unit
 * @param leader whether they hold a leading post
 */
public record MemberDraft(Long unitId, String name, String position, String login, boolean leader) {

    public static final int NAME_MAX = 200;
    public static final int LOGIN_MAX = 64;

    public static final String NAME_REQUIRED = "hcmstudy.validation.member.name";
    public static final String POSITION_LENGTH = "hcmstudy.validation.member.position";
    public static final String LOGIN_LENGTH = "hcmstudy.validation.member.login";
    public static final String LOGIN_TAKEN = "hcmstudy.validation.member.loginTaken";

    public MemberDraft {
        name = name == null ? null : name.strip();
        position = position == null || position.isBlank() ? null : position.strip();
        login = login == null || login.isBlank() ? null : login.strip();
    }

    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", ProgrammeDraft.UNIT_REQUIRED));
        }
        if (name == null || name.isEmpty() || name.length() > NAME_MAX) {
            problems.add(Violation.of("name", NAME_REQUIRED, NAME_MAX));
        }
        if (position != null && position.length() > NAME_MAX) {
            problems.add(Violation.of("position", POSITION_LENGTH, NAME_MAX));
        }
        if (login != null && login.length() > LOGIN_MAX) {
            problems.add(Violation.of("login", LOGIN_LENGTH, LOGIN_MAX));
        }
        return List.copyOf(problems);
    }
}
