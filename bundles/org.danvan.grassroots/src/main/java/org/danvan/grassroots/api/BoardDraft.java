package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A board (Law 10/2022, arts. 30–41 [verify the numbers after Law 97/2025]): a commune's People's Inspection Board
 * (term = the village heads' term; no commune official among its members), a Community Investment Supervision Board
 * (one per project; its term runs from its forming to the project's planned end) or an agency's People's Inspection
 * Board. The service checks the least number of members of the kind (a rule figure).
 *
 * @param unitId the commune; required
 * @param name the board's name, at most {@value #NAME_MAX_LENGTH} characters
 * @param termFrom first day of the term; required
 * @param termTo last day of the term; required, after {@code termFrom}
 * @param members the members, each with a name
 * @param kind the kind of board; {@code null} is a People's Inspection Board
 * @param projectName the project a supervision board follows; required for that kind, ignored for the others
 */
public record BoardDraft(Long unitId, String name, LocalDate termFrom, LocalDate termTo, List<BoardMember> members,
        BoardKind kind, String projectName) {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int MAX_MEMBERS = 100;

    public static final String UNIT_REQUIRED = "grassroots.validation.board.unit.required";
    public static final String NAME_REQUIRED = "grassroots.validation.board.name.required";
    public static final String NAME_TOO_LONG = "grassroots.validation.board.name.tooLong";
    public static final String TERM_REQUIRED = "grassroots.validation.board.term.required";
    public static final String TERM_ORDER = "grassroots.validation.board.term.order";
    public static final String MEMBER_NAME = "grassroots.validation.board.member.name";
    /** Arguments: the least number of members, the citation. */
    public static final String TOO_FEW = "grassroots.validation.board.members.tooFew";
    public static final String TOO_MANY = "grassroots.validation.board.members.tooMany";
    /** Argument: the member's name. */
    public static final String OFFICIAL = "grassroots.validation.board.member.official";
    public static final String PROJECT_REQUIRED = "grassroots.validation.board.project";

    public BoardDraft {
        name = name == null ? null : name.strip();
        members = members == null ? List.of() : List.copyOf(members);
        kind = kind == null ? BoardKind.PEOPLES_INSPECTION : kind;
        projectName = kind != BoardKind.INVESTMENT_SUPERVISION || projectName == null || projectName.isBlank() ? null
                : projectName.strip();
    }

    /** A commune's People's Inspection Board (the shape of version 1.0). */
    public BoardDraft(Long unitId, String name, LocalDate termFrom, LocalDate termTo, List<BoardMember> members) {
        this(unitId, name, termFrom, termTo, members, BoardKind.PEOPLES_INSPECTION, null);
    }

    /** Every rule broken that needs no rule table, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (name == null || name.isEmpty()) {
            problems.add(Violation.of("name", NAME_REQUIRED));
        } else if (name.length() > NAME_MAX_LENGTH) {
            problems.add(Violation.of("name", NAME_TOO_LONG, NAME_MAX_LENGTH));
        }
        if (kind == BoardKind.INVESTMENT_SUPERVISION && (projectName == null
                || projectName.length() > NAME_MAX_LENGTH)) {
            problems.add(Violation.of("projectName", PROJECT_REQUIRED, NAME_MAX_LENGTH));
        }
        if (termFrom == null || termTo == null) {
            problems.add(Violation.of("termTo", TERM_REQUIRED));
        } else if (!termTo.isAfter(termFrom)) {
            problems.add(Violation.of("termTo", TERM_ORDER));
        }
        if (members.size() > MAX_MEMBERS) {
            problems.add(Violation.of("members", TOO_MANY, MAX_MEMBERS));
        }
        for (BoardMember member : members) {
            if (member.name() == null || member.name().isEmpty() || member.name().length() > NAME_MAX_LENGTH) {
                problems.add(Violation.of("members", MEMBER_NAME, NAME_MAX_LENGTH));
            } else if (member.communeOfficial() && kind.barsCommuneOfficials()) {
                problems.add(Violation.of("members", OFFICIAL, member.name()));
            }
        }
        return List.copyOf(problems);
    }
}
