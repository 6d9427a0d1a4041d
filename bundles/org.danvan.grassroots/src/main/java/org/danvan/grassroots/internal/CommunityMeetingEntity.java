package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.CommunityMeetingDraft;
import org.danvan.grassroots.api.CommunityMeetingKind;

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

/** A row of gr_community_meeting. */
@Entity(name = "CommunityMeeting")
@Table(name = "gr_community_meeting")
public class CommunityMeetingEntity {

    @Id
    @TableGenerator(name = "gr_community_meeting_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_community_meeting", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_community_meeting_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_kind", nullable = false, length = 32)
    private CommunityMeetingKind kind;

    @Column(name = "meeting_year", nullable = false)
    private int year;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "village_name", length = 200)
    private String villageName;

    @Column(nullable = false)
    private int attendees;

    @Column(nullable = false, length = 4000)
    private String issues;

    @Column(length = 4000)
    private String commitments;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected CommunityMeetingEntity() {
        // for JPA
    }

    CommunityMeetingEntity(CommunityMeetingDraft draft, String unitName, String recordedBy) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.kind = draft.kind();
        this.year = draft.year();
        this.heldOn = draft.heldOn();
        this.villageName = draft.villageName();
        this.attendees = draft.attendees();
        this.issues = draft.issues();
        this.commitments = draft.commitments().isEmpty() ? null : draft.commitments();
        this.recordedBy = recordedBy;
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

    CommunityMeetingKind getKind() {
        return kind;
    }

    int getYear() {
        return year;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    String getVillageName() {
        return villageName;
    }

    int getAttendees() {
        return attendees;
    }

    String getIssues() {
        return issues;
    }

    String getCommitments() {
        return commitments;
    }
}
