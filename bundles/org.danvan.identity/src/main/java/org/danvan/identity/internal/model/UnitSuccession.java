package org.danvan.identity.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A retired unit was taken over (merge, split) by a successor from a day on. */
@Entity(name = "UnitSuccession")
@Table(name = "idn_unit_succession")
public class UnitSuccession {

    @Id
    @TableGenerator(name = "idn_unit_succession_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_unit_succession", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_unit_succession_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "predecessor_id", nullable = false)
    private Long predecessorId;

    @Column(name = "successor_id", nullable = false)
    private Long successorId;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    protected UnitSuccession() {
        // for JPA
    }

    public UnitSuccession(Long predecessorId, Long successorId, LocalDate effectiveOn) {
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.effectiveOn = effectiveOn;
    }

    public Long getPredecessorId() {
        return predecessorId;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }
}
