package org.danvan.identity.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A unit taking part in a {@link UnitChangeRecord}, as predecessor ({@code P}) or successor ({@code S}). */
@Entity(name = "UnitChangeMember")
@Table(name = "idn_unit_change_member")
public class UnitChangeMember {

    public static final String PREDECESSOR = "P";
    public static final String SUCCESSOR = "S";

    @Id
    @TableGenerator(name = "idn_unit_change_member_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_unit_change_member", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_unit_change_member_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "change_id", nullable = false)
    private Long changeId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false, length = 1)
    private String side;

    protected UnitChangeMember() {
        // for JPA
    }

    public UnitChangeMember(Long changeId, Long unitId, String side) {
        this.changeId = changeId;
        this.unitId = unitId;
        this.side = side;
    }

    public Long getChangeId() {
        return changeId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getSide() {
        return side;
    }
}
