package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.AgencyConferenceDraft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_agency_conference. */
@Entity(name = "AgencyConference")
@Table(name = "gr_agency_conference")
public class AgencyConferenceEntity {

    @Id
    @TableGenerator(name = "gr_agency_conference_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_agency_conference", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_agency_conference_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(name = "review_year", nullable = false)
    private int year;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "staff_total", nullable = false)
    private int staffTotal;

    @Column(nullable = false)
    private int attended;

    @Column(nullable = false, length = 4000)
    private String resolutions;

    @Column(name = "inspection_board_id")
    private Long inspectionBoardId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected AgencyConferenceEntity() {
        // for JPA
    }

    AgencyConferenceEntity(AgencyConferenceDraft draft, String unitName, String recordedBy) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.year = draft.year();
        this.heldOn = draft.heldOn();
        this.staffTotal = draft.staffTotal();
        this.attended = draft.attended();
        this.resolutions = draft.resolutions();
        this.inspectionBoardId = draft.inspectionBoardId();
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

    int getYear() {
        return year;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    int getStaffTotal() {
        return staffTotal;
    }

    int getAttended() {
        return attended;
    }

    String getResolutions() {
        return resolutions;
    }

    Long getInspectionBoardId() {
        return inspectionBoardId;
    }
}
