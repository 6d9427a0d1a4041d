package org.danvan.identity.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * One change of the geography (create, rename, merge, split); the units concerned are {@link UnitChangeMember}s.
 * {@code kind} holds the name of {@link org.danvan.identity.api.UnitChange.Kind}.
 */
@Entity(name = "UnitChangeRecord")
@Table(name = "idn_unit_change")
public class UnitChangeRecord {

    @Id
    @TableGenerator(name = "idn_unit_change_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_unit_change", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_unit_change_ids")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "old_name", length = 255)
    private String oldName;

    @Column(name = "new_name", length = 255)
    private String newName;

    @Column(length = 255)
    private String decision;

    @Column(name = "actor_login", nullable = false, length = 64)
    private String actorLogin;

    /** UTC. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected UnitChangeRecord() {
        // for JPA
    }

    public UnitChangeRecord(String kind, LocalDate effectiveOn, String oldName, String newName, String decision,
            String actorLogin, LocalDateTime recordedAt) {
        this.kind = kind;
        this.effectiveOn = effectiveOn;
        this.oldName = oldName;
        this.newName = newName;
        this.decision = decision;
        this.actorLogin = actorLogin;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public String getDecision() {
        return decision;
    }
}
