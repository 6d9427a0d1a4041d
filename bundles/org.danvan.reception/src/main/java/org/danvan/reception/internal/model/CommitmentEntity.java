package org.danvan.reception.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A commitment made in a dialogue; the unit is copied from the dialogue so due lists need no join. */
@Entity(name = "Commitment")
@Table(name = "rcp_commitment")
public class CommitmentEntity {

    @Id
    @TableGenerator(name = "rcp_commitment_ids", table = "rcp_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "rcp_commitment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rcp_commitment_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "dialogue_id", nullable = false)
    private long dialogueId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "owner_name", nullable = false, length = 255)
    private String ownerName;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected CommitmentEntity() {
        // for JPA
    }

    public CommitmentEntity(long dialogueId, long unitId, String description, String ownerName, Long ownerUserId,
            LocalDate dueOn) {
        this.dialogueId = dialogueId;
        this.unitId = unitId;
        this.description = description;
        this.ownerName = ownerName;
        this.ownerUserId = ownerUserId;
        this.dueOn = dueOn;
    }

    public void done(LocalDate day) {
        this.doneOn = day;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDialogueId() {
        return dialogueId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
