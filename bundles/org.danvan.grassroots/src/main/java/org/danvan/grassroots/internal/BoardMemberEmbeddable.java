package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.BoardMember;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of gr_board_member. */
@Embeddable
public class BoardMemberEmbeddable {

    @Column(name = "member_name", nullable = false, length = 200)
    private String name;

    @Column(name = "village_name", length = 200)
    private String villageName;

    @Column(name = "elected_on")
    private LocalDate electedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected BoardMemberEmbeddable() {
        // for JPA
    }

    BoardMemberEmbeddable(BoardMember member) {
        this.name = member.name();
        this.villageName = member.villageName();
        this.electedOn = member.electedOn();
        this.leftOn = member.leftOn();
    }

    void leave(LocalDate day) {
        this.leftOn = day;
    }

    /** Only members who are not commune officials (or on a board that allows them) are ever stored. */
    BoardMember toMember() {
        return new BoardMember(name, villageName, false, electedOn, leftOn);
    }
}
