package org.danvan.emulation.internal;

import java.time.LocalDateTime;
import java.time.LocalDate;

import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.ModelDomain;
import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.ModelOwner;
import org.danvan.emulation.api.ModelState;
import org.danvan.emulation.api.Recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of em_model: a "Dân vận khéo" model. */
@Entity(name = "EmModel")
@Table(name = "em_model")
public class ModelEntity {

    @Id
    @TableGenerator(name = "em_model_ids", table = "em_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "em_model", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "em_model_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ModelOwner owner;

    @Column(name = "owner_name", nullable = false, length = 300)
    private String ownerName;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ModelDomain domain;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "launching_body", nullable = false, length = 300)
    private String launchingBody;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "people_mobilised", nullable = false)
    private int peopleMobilised;

    @Column(nullable = false, length = 4000)
    private String results;

    @Column(length = 4000)
    private String documents;

    @Column(name = "replicates_id")
    private Long replicatesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ModelState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_level", length = 32)
    private AwardLevel decisionLevel;

    @Column(name = "deciding_unit_id")
    private Long decidingUnitId;

    @Column(name = "decision_number", length = 100)
    private String decisionNumber;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(length = 300)
    private String signer;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    /** UTC. */
    private LocalDateTime recordedAt;

    protected ModelEntity() {
        // for JPA
    }

    ModelEntity(ModelDraft draft, String unitName, String recordedBy, LocalDateTime now) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.owner = draft.owner();
        this.ownerName = draft.ownerName().strip();
        this.name = draft.name().strip();
        this.domain = draft.domain();
        this.address = draft.address().strip();
        this.launchingBody = draft.launchingBody().strip();
        this.startedOn = draft.startedOn();
        this.peopleMobilised = draft.peopleMobilised();
        this.results = draft.results().strip();
        this.documents = draft.documents() == null || draft.documents().isBlank() ? null : draft.documents().strip();
        this.replicatesId = draft.replicatesModelId();
        this.state = ModelState.REGISTERED;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void scored() {
        if (state == ModelState.REGISTERED) {
            state = ModelState.EVALUATED;
        }
    }

    void recognise(AwardLevel level, Recognition decision) {
        this.state = ModelState.RECOGNISED;
        this.decisionLevel = level;
        this.decidingUnitId = decision.decidingUnitId();
        this.decisionNumber = decision.number().strip();
        this.decidedOn = decision.decidedOn();
        this.signer = decision.signer().strip();
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getUnitId() { return unitId; }
    String getUnitName() { return unitName; }
    ModelOwner getOwner() { return owner; }
    String getOwnerName() { return ownerName; }
    String getName() { return name; }
    ModelDomain getDomain() { return domain; }
    String getAddress() { return address; }
    String getLaunchingBody() { return launchingBody; }
    LocalDate getStartedOn() { return startedOn; }
    int getPeopleMobilised() { return peopleMobilised; }
    String getResults() { return results; }
    String getDocuments() { return documents; }
    Long getReplicatesId() { return replicatesId; }
    ModelState getState() { return state; }
    AwardLevel getDecisionLevel() { return decisionLevel; }
    String getDecisionNumber() { return decisionNumber; }
    LocalDate getDecidedOn() { return decidedOn; }
    String getSigner() { return signer; }
}
