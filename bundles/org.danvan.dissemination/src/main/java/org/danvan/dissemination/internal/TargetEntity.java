package org.danvan.dissemination.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A row of ds_target: a unit that must disseminate a document. */
@Entity(name = "DsTarget")
@Table(name = "ds_target")
public class TargetEntity {

    @Id
    @TableGenerator(name = "ds_target_ids", table = "ds_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "ds_target", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ds_target_ids")
    Long id;

    @Column(name = "document_id", nullable = false)
    long documentId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    TargetEntity() {
    }

    TargetEntity(long documentId, long unitId) {
        this.documentId = documentId;
        this.unitId = unitId;
    }
}
