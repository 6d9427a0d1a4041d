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

/**
 * An administrative unit, agency or organisation. The hierarchy is a plain parent id, without a mapped association
 * that would load whole provinces; the tree is served from {@code OrgUnitSnapshot}. {@code name} is the latest name;
 * earlier ones are in {@link OrgUnitName}.
 */
@Entity(name = "OrgUnit")
@Table(name = "idn_org_unit")
public class OrgUnit {

    @Id
    @TableGenerator(name = "idn_org_unit_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_org_unit", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_org_unit_ids")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 255)
    private String name;

    /** One of {@link org.danvan.platform.api.org.OrgUnitKinds}. */
    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected OrgUnit() {
        // for JPA
    }

    public OrgUnit(String code, String name, String kind, Long parentId, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
        this.validFrom = validFrom;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
