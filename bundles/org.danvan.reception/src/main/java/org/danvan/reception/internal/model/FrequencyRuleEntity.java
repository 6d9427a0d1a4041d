package org.danvan.reception.internal.model;

import java.time.LocalDate;

import org.danvan.reception.api.FrequencyPeriod;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A minimum reception frequency for a kind of unit, seeded by the changelog and editable by administrators. */
@Entity(name = "FrequencyRule")
@Table(name = "rcp_frequency_rule")
public class FrequencyRuleEntity {

    // the rows are seeded by the changelog with fixed ids; no generator needed
    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_kind", nullable = false, length = 32)
    private String unitKind;

    /** The first day of the periods this row judges (a period is judged by the row in force on its first day). */
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_unit", nullable = false, length = 8)
    private FrequencyPeriod period;

    @Column(name = "minimum_days", nullable = false)
    private int minimumDays;

    @Column(name = "legal_source", nullable = false, length = 500)
    private String legalSource;

    @Column(name = "delegation_banned_from")
    private LocalDate delegationBannedFrom;

    @Column(name = "delegation_source", length = 500)
    private String delegationSource;

    protected FrequencyRuleEntity() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUnitKind() {
        return unitKind;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public FrequencyPeriod getPeriod() {
        return period;
    }

    public int getMinimumDays() {
        return minimumDays;
    }

    public String getLegalSource() {
        return legalSource;
    }

    public LocalDate getDelegationBannedFrom() {
        return delegationBannedFrom;
    }

    public String getDelegationSource() {
        return delegationSource;
    }

    public void change(FrequencyPeriod period, int minimumDays, String legalSource, LocalDate delegationBannedFrom,
            String delegationSource) {
        this.period = period;
        this.minimumDays = minimumDays;
        this.legalSource = legalSource;
        this.delegationBannedFrom = delegationBannedFrom;
        this.delegationSource = delegationSource;
    }
}
