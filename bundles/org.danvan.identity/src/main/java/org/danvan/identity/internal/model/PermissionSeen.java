package org.danvan.identity.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A permission whose contribution has been seen once and granted to its default roles then. Never granted again,
 * so an administrator's later removal from a role sticks across restarts and reinstallations.
 */
@Entity(name = "PermissionSeen")
@Table(name = "idn_permission_seen")
public class PermissionSeen {

    @Id
    @Column(length = 128)
    private String permission;

    @Version
    private long version;

    /** UTC. */
    @Column(name = "first_seen_at", nullable = false)
    private LocalDateTime firstSeenAt;

    /** The roles it was granted to then, comma-separated (for administrators reading the table). */
    @Column(name = "granted_to", length = 1024)
    private String grantedTo;

    protected PermissionSeen() {
        // for JPA
    }

    public PermissionSeen(String permission, LocalDateTime firstSeenAt, String grantedTo) {
        this.permission = permission;
        this.firstSeenAt = firstSeenAt;
        this.grantedTo = grantedTo;
    }

    public String getPermission() {
        return permission;
    }
}
