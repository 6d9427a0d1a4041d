package org.danvan.identity.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A user belongs to an org unit; position 0 is the primary unit (also kept in the account's org_unit_id). */
@Entity(name = "UserMembership")
@Table(name = "idn_user_membership")
public class UserMembership {

    @Id
    @TableGenerator(name = "idn_user_membership_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_user_membership", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_user_membership_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private int position;

    protected UserMembership() {
        // for JPA
    }

    public UserMembership(Long userId, Long unitId, int position) {
        this.userId = userId;
        this.unitId = unitId;
        this.position = position;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getPosition() {
        return position;
    }
}
