package org.danvan.cases.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** One step of a case's timeline; details are encoded by {@code StepDetails}. */
@Entity(name = "CaseStepRecord")
@Table(name = "cas_step")
public class CaseStepRecord {

    @Id
    @TableGenerator(name = "cas_step_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_step", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_step_ids")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Column(name = "case_id", nullable = false)
    public long caseId;
    @Column(nullable = false, length = 32)
    public String action;
    @Column(name = "at_time", nullable = false)
    public LocalDateTime at;
    @Column(name = "actor_login", nullable = false, length = 64)
    public String actorLogin;
    @Column(name = "actor_name", nullable = false, length = 255)
    public String actorName;
    @Column(name = "from_status", length = 16)
    public String fromStatus;
    @Column(name = "to_status", nullable = false, length = 16)
    public String toStatus;
    @Column(length = 4000)
    public String details;
}
