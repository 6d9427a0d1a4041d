package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardKind;
import org.danvan.grassroots.api.BoardMember;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_board with its members. */
@Entity(name = "Board")
@Table(name = "gr_board")
public class BoardEntity {

    @Id
    @TableGenerator(name = "gr_board_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_board", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_board_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(name = "board_name", nullable = false, length = 200)
    private String name;

    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Column(name = "term_to", nullable = false)
    private LocalDate termTo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gr_board_member", joinColumns = @JoinColumn(name = "board_id"))
    @OrderColumn(name = "line_no")
    private List<BoardMemberEmbeddable> members = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_kind", nullable = false, length = 32)
    private BoardKind kind = BoardKind.PEOPLES_INSPECTION;

    @Column(name = "project_name", length = 200)
    private String projectName;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    protected BoardEntity() {
        // for JPA
    }

    BoardEntity(BoardDraft draft, String unitName, String recordedBy) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.name = draft.name();
        this.termFrom = draft.termFrom();
        this.termTo = draft.termTo();
        this.recordedBy = recordedBy;
        this.kind = draft.kind();
        this.projectName = draft.projectName();
        draft.members().forEach(m -> members.add(new BoardMemberEmbeddable(m)));
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getUnitId() {
        return unitId;
    }

    String getUnitName() {
        return unitName;
    }

    String getName() {
        return name;
    }

    LocalDate getTermFrom() {
        return termFrom;
    }

    LocalDate getTermTo() {
        return termTo;
    }

    List<BoardMember> getMembers() {
        return members.stream().map(BoardMemberEmbeddable::toMember).toList();
    }

    BoardKind getKind() {
        return kind;
    }

    String getProjectName() {
        return projectName;
    }

    LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    /** The newcomer joins on the day; the current member at {@code leaving} (an index, or -1) leaves on it. */
    void byElection(int leaving, BoardMember newcomer, LocalDate day) {
        if (leaving >= 0) {
            members.get(leaving).leave(day);
        }
        members.add(new BoardMemberEmbeddable(new BoardMember(newcomer.name(), newcomer.villageName(), false, day,
                null)));
    }

    void dissolve(LocalDate day) {
        this.dissolvedOn = day;
    }
}
