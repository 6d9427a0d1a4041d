package org.danvan.emulation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.danvan.emulation.api.Classification;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.RegistrationState;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of em_registration: an emulation registration, with its evaluation in em_registration_point. */
@Entity(name = "EmRegistration")
@Table(name = "em_registration")
public class RegistrationEntity {

    @Id
    @TableGenerator(name = "em_registration_ids", table = "em_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "em_registration", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "em_registration_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(name = "unit_kind", nullable = false, length = 64)
    private String unitKind;

    @Column(name = "emulation_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Recipient recipient;

    @Column(name = "candidate_name", nullable = false, length = 300)
    private String candidateName;

    @Column(name = "target_title", nullable = false, length = 300)
    private String targetTitle;

    @Column(nullable = false, length = 4000)
    private String targets;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RegistrationState state;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "em_registration_point", joinColumns = @JoinColumn(name = "registration_id"))
    @MapKeyColumn(name = "criterion", length = 64)
    @Column(name = "points", nullable = false)
    private Map<String, Integer> points = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "em_registration_note", joinColumns = @JoinColumn(name = "registration_id"))
    @MapKeyColumn(name = "criterion", length = 64)
    @Column(name = "note", nullable = false, length = 2000)
    private Map<String, String> notes = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Classification classification;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** UTC. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected RegistrationEntity() {
        // for JPA
    }

    RegistrationEntity(long unitId, String unitName, String unitKind, int year, Recipient recipient,
            String candidateName, String targetTitle, String targets, String recordedBy, LocalDateTime now) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.unitKind = unitKind;
        this.year = year;
        this.recipient = recipient;
        this.candidateName = candidateName;
        this.targetTitle = targetTitle;
        this.targets = targets;
        this.state = RegistrationState.REGISTERED;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void evaluate(Map<String, Integer> newPoints, Map<String, String> newNotes, Classification band,
            LocalDate day) {
        classification = band;
        evaluatedOn = day;
        points.clear();
        points.putAll(newPoints);
        notes.clear();
        notes.putAll(newNotes);
        state = RegistrationState.EVALUATED;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    String getUnitKind() { return unitKind; }
    int getYear() { return year; }
    Recipient getRecipient() { return recipient; }
    String getCandidateName() { return candidateName; }
    String getTargetTitle() { return targetTitle; }
    String getTargets() { return targets; }
    RegistrationState getState() { return state; }
    Map<String, Integer> getPoints() { return points; }
    Map<String, String> getNotes() { return notes; }
    Classification getClassification() { return classification; }
}
