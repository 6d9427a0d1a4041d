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

/**
 * Where one module is enabled, once an administrator has said so; a module without a row is enabled everywhere.
 * Kept when the module is uninstalled, so a reinstalled module comes back where it was.
 */
@Entity(name = "ModuleSetting")
@Table(name = "idn_module_setting")
public class ModuleSetting {

    @Id
    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean everywhere;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "idn_module_unit", joinColumns = @JoinColumn(name = "module_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> unitIds = new HashSet<>();

    protected ModuleSetting() {
        // for JPA
    }

    public ModuleSetting(String moduleId) {
        this.moduleId = moduleId;
        this.everywhere = true;
    }

    public String getModuleId() {
        return moduleId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isEverywhere() {
        return everywhere;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    public void set(boolean everywhere, Set<Long> unitIds) {
        this.everywhere = everywhere;
        this.unitIds.clear();
        if (!everywhere) {
            this.unitIds.addAll(unitIds);
        }
    }
}
