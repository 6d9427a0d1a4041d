package org.danvan.identity.internal.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A named set of permission ids. Built-in roles have the ids of {@link org.danvan.platform.api.security.Roles}. */
@Entity(name = "Role")
@Table(name = "idn_role")
public class Role {

    @Id
    @Column(length = 64)
    private String id;

    @Version
    private long version;

    /** Display name of a role created by an administrator; {@code null} for built-in roles (translated). */
    @Column(length = 255)
    private String name;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idn_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission", length = 128, nullable = false)
    private Set<String> permissions = new HashSet<>();

    protected Role() {
        // for JPA
    }

    public Role(String id, String name, boolean builtIn) {
        this.id = id;
        this.name = name;
        this.builtIn = builtIn;
    }

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    /** The live, mutable set. */
    public Set<String> getPermissions() {
        return permissions;
    }
}
