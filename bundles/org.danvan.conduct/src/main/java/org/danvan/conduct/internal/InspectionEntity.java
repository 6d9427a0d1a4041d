package org.danvan.conduct.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.danvan.conduct.api.InspectionStatus;

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

/** A row of cd_inspection: the inspection of a public-service place, its round and conclusion. */
@Entity(name = "CdInspection")
@Table(name = "cd_inspection")
public class InspectionEntity {

    @Id
    @TableGenerator(name = "cd_inspection_ids", table = "cd_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cd_inspection", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_inspection_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "place", nullable = false, length = 500)
    String place;

    @Column(name = "planned_on", nullable = false)
    LocalDate plannedOn;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "team", nullable = false, length = 4000)
    String team;

    @Column(name = "topics", nullable = false, length = 4000)
    String topics;

    /** The linked cases' numbers, one a line. */
    @Column(name = "case_numbers", length = 2000)
    String caseNumbers;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    InspectionStatus status;

    @Column(name = "held_on")
    LocalDate heldOn;

    @Column(name = "concluded_on")
    LocalDate concludedOn;

    @Column(name = "conclusion", length = 4000)
    String conclusion;

    @Column(name = "finding_count", nullable = false)
    int findingCount;

    // changes go through the entity's own methods: the woven change tracking sees only those

    void hold(LocalDate day) {
        this.heldOn = day;
        this.status = InspectionStatus.HELD;
    }

    void found() {
        this.findingCount = findingCount + 1;
    }

    void conclude(LocalDate day, String text) {
        this.concludedOn = day;
        this.conclusion = text;
        this.status = InspectionStatus.CONCLUDED;
    }

    List<String> caseNumberList() {
        return caseNumbers == null || caseNumbers.isEmpty() ? List.of() : Arrays.asList(caseNumbers.split("\n"));
    }
}
