package org.danvan.grassroots.api;

/**
 * The kinds of board the people (or an agency's staff) elect to inspect and supervise (Law 10/2022, arts. 30–41
 * [verify the numbers after Law 97/2025]). Each kind has its own rule row for the least number of members.
 */
public enum BoardKind {
    /** A commune's People's Inspection Board: members elected per village, no commune officials, the village heads' term. */
    PEOPLES_INSPECTION("grassroots.board.members"),
    /** A Community Investment Supervision Board: one per project, dissolved when the project ends. */
    INVESTMENT_SUPERVISION("grassroots.investment.members"),
    /** The People's Inspection Board of an agency, elected at its annual conference of staff. */
    AGENCY_INSPECTION("grassroots.agency.members");

    private final String membersRule;

    BoardKind(String membersRule) {
        this.membersRule = membersRule;
    }

    /** The id of the rule row with the least number of members. */
    public String membersRule() {
        return membersRule;
    }

    /** Whether commune officials are barred from the board (the People's Inspection Board of a commune). */
    public boolean barsCommuneOfficials() {
        return this == PEOPLES_INSPECTION;
    }
}
