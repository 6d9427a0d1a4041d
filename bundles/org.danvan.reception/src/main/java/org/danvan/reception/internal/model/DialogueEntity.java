package org.danvan.reception.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A dialogue with citizens; its commitments are {@link CommitmentEntity} rows. */
@Entity(name = "Dialogue")
@Table(name = "rcp_dialogue")
public class DialogueEntity {

    @Id
    @TableGenerator(name = "rcp_dialogue_ids", table = "rcp_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "rcp_dialogue", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rcp_dialogue_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "topic", nullable = false, length = 255)
    private String topic;

    @Column(name = "participants", nullable = false, length = 4000)
    private String participants;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "issues_raised", nullable = false)
    private String issuesRaised;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected DialogueEntity() {
        // for JPA
    }

    public DialogueEntity(long unitId, String recordedBy, LocalDateTime now) {
        this.unitId = unitId;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.updatedAt = now;
    }

    public void setContent(LocalDate heldOn, String topic, String participants, String issuesRaised, String followUp,
            LocalDateTime now) {
        this.heldOn = heldOn;
        this.topic = topic;
        this.participants = participants;
        this.issuesRaised = issuesRaised;
        this.followUp = followUp;
        this.updatedAt = now;
    }

    /** Marks the dialogue changed when only its commitments change, so concurrent editors conflict. */
    public void touch(LocalDateTime now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public String getParticipants() {
        return participants;
    }

    public String getIssuesRaised() {
        return issuesRaised;
    }

    public String getFollowUp() {
        return followUp;
    }
}
