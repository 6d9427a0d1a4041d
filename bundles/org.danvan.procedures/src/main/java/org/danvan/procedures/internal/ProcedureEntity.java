package org.danvan.procedures.internal;

import org.danvan.procedures.api.ProcedureDraft;
import org.danvan.procedures.api.ProcedureLevel;

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

/** A row of pr_procedure: a procedure of a unit's register. */
@Entity(name = "PrProcedure")
@Table(name = "pr_procedure")
public class ProcedureEntity {

    @Id
    @TableGenerator(name = "pr_procedure_ids", table = "pr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "pr_procedure", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_procedure_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "proc_level", nullable = false, length = 16)
    ProcedureLevel level;

    @Column(name = "code", nullable = false, length = 40)
    String code;

    @Column(name = "name", nullable = false, length = 500)
    String name;

    @Column(name = "field", nullable = false, length = 500)
    String field;

    @Column(name = "legal_basis", nullable = false, length = 4000)
    String legalBasis;

    @Column(name = "steps", nullable = false, length = 4000)
    String steps;

    @Column(name = "documents", length = 4000)
    String documents;

    @Column(name = "processing_days", nullable = false)
    int processingDays;

    @Column(name = "fee_vnd", nullable = false)
    long feeVnd;

    @Column(name = "abolished", nullable = false)
    boolean abolished;

    // changes go through the entity's own methods: the woven change tracking sees only those

    void apply(ProcedureDraft d) {
        this.level = d.level();
        this.code = d.code();
        this.name = d.name();
        this.field = d.field();
        this.legalBasis = d.legalBasis();
        this.steps = d.steps();
        this.documents = d.documents();
        this.processingDays = d.processingDays();
        this.feeVnd = d.feeVnd();
    }

    void abolish() {
        this.abolished = true;
    }

    void simplify(int days, long fee) {
        this.processingDays = days;
        this.feeVnd = fee;
    }
}
