package org.danvan.hcmstudy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of hs_member: a person on a unit's member list; taken off the list, not deleted. */
@Entity(name = "HsMember")
@Table(name = "hs_member")
public class MemberEntity {

    @Id
    @TableGenerator(name = "hs_member_ids", table = "hs_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "hs_member", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hs_member_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "full_name", nullable = false, length = 200)
    String name;

    @Column(name = "position", length = 200)
    String position;

    @Column(name = "login", length = 64)
    String login;

    @Column(name = "leader", nullable = false)
    boolean leader;

    @Column(name = "active", nullable = false)
    boolean active = true;

    void deactivate() {
        this.active = false;
    }
}
