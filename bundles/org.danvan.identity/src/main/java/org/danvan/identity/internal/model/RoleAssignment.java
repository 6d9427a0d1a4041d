package org.danvan.identity.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A user holds a role at an org unit (issue 3: the role then covers the unit's subtree). */
@Entity(name = "RoleAssignment")
@Table(name = "idn_role_assignment")
public class RoleAssignment {

    @Id
    @TableGenerator(name = "idn_role_assignment_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_role_assignment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_role_assignment_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "role_id", nullable = false, length = 64)
    private String roleId;

    @Column(name = "org_unit_id", nullable = false)
    private Long orgUnitId;

    protected RoleAssignment() {
        // for JPA
    }

    public RoleAssignment(Long userId, String roleId, Long orgUnitId) {
        this.userId = userId;
        this.roleId = roleId;
        this.orgUnitId = orgUnitId;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getUserId() {
        return userId;
    }

    public String getRoleId() {
        return roleId;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }
}
