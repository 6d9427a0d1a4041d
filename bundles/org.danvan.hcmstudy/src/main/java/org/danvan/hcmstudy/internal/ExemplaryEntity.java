package org.danvan.hcmstudy.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of hs_exemplary: a model proposed, then recognised by a decision. */
@Entity(name = "HsExemplary")
@Table(name = "hs_exemplary")
public class ExemplaryEntity {

    @Id
    @TableGenerator(name = "hs_exemplary_ids", table = "hs_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "hs_exemplary", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hs_exemplary_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "collective", nullable = false)
    boolean collective;

    @Column(name = "model_name", nullable = false, length = 200)
    String name;

    @Column(name = "story", nullable = false, length = 4000)
    String story;

    @Column(name = "proposed_on", nullable = false)
    LocalDate proposedOn;

    @Column(name = "decision_ref", length = 100)
    String decisionRef;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;

    void recognised(String ref, LocalDate day) {
        this.decisionRef = ref;
        this.decidedOn = day;
    }
}
