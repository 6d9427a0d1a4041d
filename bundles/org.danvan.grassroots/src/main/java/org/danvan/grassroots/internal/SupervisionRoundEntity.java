package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.SupervisionRoundDraft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_supervision_round. */
@Entity(name = "SupervisionRound")
@Table(name = "gr_supervision_round")
public class SupervisionRoundEntity {

    @Id
    @TableGenerator(name = "gr_supervision_round_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_supervision_round", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_supervision_round_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "board_id", nullable = false)
    private long boardId;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on", nullable = false)
    private LocalDate endedOn;

    @Column(nullable = false, length = 4000)
    private String findings;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected SupervisionRoundEntity() {
        // for JPA
    }

    SupervisionRoundEntity(long boardId, SupervisionRoundDraft draft, String recordedBy) {
        this.boardId = boardId;
        this.subject = draft.subject();
        this.startedOn = draft.startedOn();
        this.endedOn = draft.endedOn();
        this.findings = draft.findings();
        this.recordedBy = recordedBy;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getBoardId() {
        return boardId;
    }

    String getSubject() {
        return subject;
    }

    LocalDate getStartedOn() {
        return startedOn;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    String getFindings() {
        return findings;
    }
}
