package org.danvan.grassroots.internal;

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

    protected BoardMemberEmbeddable() {
        // for JPA
    }

    BoardMemberEmbeddable(BoardMember member) {
        this.name = member.name();
        this.villageName = member.villageName();
    }

    /** Only members who are not commune officials are ever stored. */
    BoardMember toMember() {
        return new BoardMember(name, villageName, false);
    }
}
