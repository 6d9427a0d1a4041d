package org.danvan.conduct.internal;

import java.time.LocalDate;

import org.danvan.conduct.api.Severity;

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

/** A row of cd_finding: what an inspection's team saw, about an official or about the place. */
@Entity(name = "CdFinding")
@Table(name = "cd_finding")
public class FindingEntity {

    @Id
    @TableGenerator(name = "cd_finding_ids", table = "cd_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cd_finding", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_finding_ids")
    Long id;

    @Version
    long version;

    @Column(name = "inspection_id", nullable = false)
    long inspectionId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "official_name", length = 200)
    String officialName;

    @Column(name = "official_position", length = 500)
    String officialPosition;

    @Column(name = "seen", nullable = false, length = 4000)
    String seen;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 16)
    Severity severity;

    @Column(name = "recorded_on", nullable = false)
    LocalDate recordedOn;
}
