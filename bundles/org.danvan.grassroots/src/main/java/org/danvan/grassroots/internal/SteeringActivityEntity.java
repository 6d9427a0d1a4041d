package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.SteeringActivityDraft;
import org.danvan.grassroots.api.SteeringActivityKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_steering_activity: a plan, meeting or round. */
@Entity(name = "SteeringActivity")
@Table(name = "gr_steering_activity")
public class SteeringActivityEntity {

    @Id
    @TableGenerator(name = "gr_steering_activity_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_steering_activity", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_steering_activity_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", nullable = false, length = 16)
    private SteeringActivityKind kind;

    @Column(name = "activity_year", nullable = false)
    private int year;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "target_unit_id")
    private Long targetUnitId;

    @Column(name = "target_unit_name", length = 255)
    private String targetUnitName;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected SteeringActivityEntity() {
        // for JPA
    }

    SteeringActivityEntity(long committeeId, SteeringActivityDraft draft, String targetUnitName, String recordedBy) {
        this.committeeId = committeeId;
        this.kind = draft.kind();
        this.year = draft.heldOn().getYear();
        this.heldOn = draft.heldOn();
        this.subject = draft.subject();
        this.content = draft.content();
        this.targetUnitId = draft.targetUnitId();
        this.targetUnitName = targetUnitName;
        this.recordedBy = recordedBy;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getCommitteeId() {
        return committeeId;
    }

    SteeringActivityKind getKind() {
        return kind;
    }

    int getYear() {
        return year;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getSubject() {
        return subject;
    }

    String getContent() {
        return content;
    }

    Long getTargetUnitId() {
        return targetUnitId;
    }

    String getTargetUnitName() {
        return targetUnitName;
    }
}
