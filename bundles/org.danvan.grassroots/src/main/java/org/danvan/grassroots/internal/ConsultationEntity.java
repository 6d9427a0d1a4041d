package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.danvan.grassroots.api.ConsultationDraft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_consultation. */
@Entity(name = "Consultation")
@Table(name = "gr_consultation")
public class ConsultationEntity {

    @Id
    @TableGenerator(name = "gr_consultation_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_consultation", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_consultation_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "draft_text", nullable = false, length = 4000)
    private String draft;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(length = 4000)
    private String explanation;

    @Column(name = "explained_on")
    private LocalDate explainedOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** UTC. */
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected ConsultationEntity() {
        // for JPA
    }

    ConsultationEntity(ConsultationDraft draft, String unitName, String recordedBy, LocalDateTime now) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.title = draft.title();
        this.draft = draft.draft();
        this.opensOn = draft.opensOn();
        this.closesOn = draft.closesOn();
        this.recordedBy = recordedBy;
        this.changedAt = now;
    }

    void explain(String text, LocalDate day, LocalDateTime now) {
        this.explanation = text;
        this.explainedOn = day;
        this.changedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getUnitId() {
        return unitId;
    }

    String getUnitName() {
        return unitName;
    }

    String getTitle() {
        return title;
    }

    String getDraft() {
        return draft;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    String getExplanation() {
        return explanation;
    }

    LocalDate getExplainedOn() {
        return explainedOn;
    }
}
