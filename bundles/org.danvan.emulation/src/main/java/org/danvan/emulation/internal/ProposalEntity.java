package org.danvan.emulation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.emulation.api.Achievement;
import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.ProposalState;
import org.danvan.emulation.api.Recognition;
import org.danvan.emulation.api.RewardAmount;

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

/** A row of em_proposal: an award proposal and, once decided, the award with its reward. */
@Entity(name = "EmProposal")
@Table(name = "em_proposal")
public class ProposalEntity {

    @Id
    @TableGenerator(name = "em_proposal_ids", table = "em_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "em_proposal", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "em_proposal_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "title_code", nullable = false, length = 64)
    private String titleCode;

    @Column(name = "awarding_unit_id", nullable = false)
    private long awardingUnitId;

    @Column(name = "awarding_unit_name", nullable = false, length = 255)
    private String awardingUnitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_level", nullable = false, length = 32)
    private AwardLevel level;

    /** Space-separated {@link Achievement} names. */
    @Column(length = 200)
    private String achievements;

    @Column(nullable = false, length = 4000)
    private String dossier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProposalState state;

    @Column(name = "decision_number", length = 100)
    private String decisionNumber;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(length = 300)
    private String signer;

    @Column(precision = 6, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "base_salary", precision = 15, scale = 0)
    private BigDecimal baseSalary;

    @Column(precision = 15, scale = 0)
    private BigDecimal amount;

    @Column(name = "amount_source", length = 1000)
    private String amountSource;

    @Column(length = 2000)
    private String refusal;

    @Column(name = "announced_on")
    private LocalDate announcedOn;

    @Column(length = 2000)
    private String announcement;

    @Column(name = "announced_by", length = 64)
    private String announcedBy;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** UTC. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ProposalEntity() {
        // for JPA
    }

    ProposalEntity(long registrationId, long unitId, String titleCode, long awardingUnitId, String awardingUnitName,
            AwardLevel level, Set<Achievement> achievements, String dossier, String recordedBy, LocalDateTime now) {
        this.registrationId = registrationId;
        this.unitId = unitId;
        this.titleCode = titleCode;
        this.awardingUnitId = awardingUnitId;
        this.awardingUnitName = awardingUnitName;
        this.level = level;
        this.achievements = achievements.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
        this.dossier = dossier;
        this.state = ProposalState.PROPOSED;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    void decide(Recognition decision, RewardAmount reward) {
        this.state = ProposalState.DECIDED;
        this.decisionNumber = decision.number().strip();
        this.decidedOn = decision.decidedOn();
        this.signer = decision.signer().strip();
        this.coefficient = reward.coefficient();
        this.baseSalary = reward.baseSalary();
        this.amount = reward.amount();
        String source = reward.coefficientCitation() + " | " + reward.baseSalaryCitation();
        this.amountSource = source.length() > 1000 ? source.substring(0, 1000) : source;
    }

    void announce(LocalDate day, String how, String by) {
        this.state = ProposalState.ANNOUNCED;
        this.announcedOn = day;
        this.announcement = how;
        this.announcedBy = by;
    }

    void refuse(String reason) {
        this.state = ProposalState.REFUSED;
        this.refusal = reason;
    }

    /** The achievements the dossier shows. */
    Set<Achievement> achievementSet() {
        Set<Achievement> set = EnumSet.noneOf(Achievement.class);
        if (achievements != null && !achievements.isBlank()) {
            Arrays.stream(achievements.split(" ")).map(Achievement::valueOf).forEach(set::add);
        }
        return set;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getRegistrationId() { return registrationId; }
    long getUnitId() { return unitId; }
    String getTitleCode() { return titleCode; }
    long getAwardingUnitId() { return awardingUnitId; }
    String getAwardingUnitName() { return awardingUnitName; }
    AwardLevel getLevel() { return level; }
    String getDossier() { return dossier; }
    ProposalState getState() { return state; }
    String getDecisionNumber() { return decisionNumber; }
    LocalDate getDecidedOn() { return decidedOn; }
    String getSigner() { return signer; }
    BigDecimal getCoefficient() { return coefficient; }
    BigDecimal getBaseSalary() { return baseSalary; }
    BigDecimal getAmount() { return amount; }
    String getRefusal() { return refusal; }
    LocalDate getAnnouncedOn() { return announcedOn; }
    String getAnnouncement() { return announcement; }
}
