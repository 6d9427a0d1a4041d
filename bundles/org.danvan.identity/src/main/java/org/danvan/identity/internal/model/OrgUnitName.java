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

/** A name a unit bore from a day on (until the next row of the same unit): history shows old names. */
@Entity(name = "OrgUnitName")
@Table(name = "idn_org_unit_name")
public class OrgUnitName {

    @Id
    @TableGenerator(name = "idn_org_unit_name_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_org_unit_name", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_org_unit_name_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    protected OrgUnitName() {
        // for JPA
    }

    public OrgUnitName(Long unitId, String name, LocalDate validFrom) {
        this.unitId = unitId;
        this.name = name;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }
}
