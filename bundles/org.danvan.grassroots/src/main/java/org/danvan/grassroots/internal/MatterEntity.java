package org.danvan.grassroots.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.danvan.grassroots.api.DecisionWay;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.MatterOption;
import org.danvan.grassroots.api.MatterState;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_matter with its options. */
@Entity(name = "Matter")
@Table(name = "gr_matter")
public class MatterEntity {

    @Id
    @TableGenerator(name = "gr_matter_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_matter", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_matter_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_way", nullable = false, length = 32)
    private DecisionWay way;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gr_matter_option", joinColumns = @JoinColumn(name = "matter_id"))
    @OrderColumn(name = "line_no")
    private List<MatterOptionEmbeddable> options = new ArrayList<>();

    @Column(nullable = false)
    private int households;

    @Column(name = "meeting_on", nullable = false)
    private LocalDate meetingOn;

    @Column(name = "notice_on")
    private LocalDate noticeOn;

    /** Stored with the meeting day: a later rule row never moves it. */
    @Column(name = "notice_latest_on", nullable = false)
    private LocalDate noticeLatestOn;

    @Column(name = "initiative_households")
    private Integer initiativeHouseholds;

    @Column(name = "initiative_on")
    private LocalDate initiativeOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MatterState state;

    @Column(name = "taking_part")
    private Integer householdsTakingPart;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "passed_option")
    private Integer passedOption;

    /** The approval share applied at the count, with its citation. */
    @Column(name = "approval_percent", precision = 5, scale = 2)
    private BigDecimal approvalPercent;

    @Column(name = "approval_citation", length = 255)
    private String approvalCitation;

    @Column(name = "record_due_by")
    private LocalDate recordDueBy;

    @Column(name = "record_sent_on")
    private LocalDate recordSentOn;

    @Column(name = "recognised_on")
    private LocalDate recognisedOn;

    @Column(name = "recognition_ref", length = 100)
    private String recognitionReference;

    @Column(name = "recognition_reason", length = 2000)
    private String recognitionReason;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** UTC. */
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected MatterEntity() {
        // for JPA
    }

    MatterEntity(String recordedBy) {
        this.recordedBy = recordedBy;
        this.state = MatterState.OPEN;
    }

    void setContent(MatterDraft draft, String unitName, LocalDate noticeLatestOn, LocalDateTime changedAt) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.title = draft.title();
        this.way = draft.way();
        this.households = draft.households();
        this.meetingOn = draft.meetingOn();
        this.noticeOn = draft.noticeOn();
        this.noticeLatestOn = noticeLatestOn;
        this.initiativeHouseholds = draft.initiativeHouseholds();
        this.initiativeOn = draft.initiativeOn();
        this.changedAt = changedAt;
        this.options.clear();
        draft.options().forEach(o -> options.add(new MatterOptionEmbeddable(o, null)));
    }

    void setResult(List<Integer> votes, int takingPart, LocalDate decidedOn, Integer passedOption,
            BigDecimal approvalPercent, String approvalCitation, LocalDate recordDueBy, LocalDateTime changedAt) {
        List<MatterOptionEmbeddable> counted = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            counted.add(new MatterOptionEmbeddable(options.get(i).toOption().label(), votes.get(i)));
        }
        this.options.clear();
        this.options.addAll(counted);
        this.householdsTakingPart = takingPart;
        this.decidedOn = decidedOn;
        this.passedOption = passedOption;
        this.approvalPercent = approvalPercent;
        this.approvalCitation = approvalCitation;
        this.recordDueBy = recordDueBy;
        this.state = MatterState.DECIDED;
        this.changedAt = changedAt;
    }

    void setRecordSent(LocalDate sentOn, LocalDateTime changedAt) {
        this.recordSentOn = sentOn;
        this.state = MatterState.RECORD_SENT;
        this.changedAt = changedAt;
    }

    void setRecognition(boolean recognised, LocalDate decidedOn, String reference, String reason,
            LocalDateTime changedAt) {
        this.recognisedOn = decidedOn;
        this.recognitionReference = recognised ? reference : null;
        this.recognitionReason = recognised ? null : reason;
        this.state = recognised ? MatterState.RECOGNISED : MatterState.NOT_RECOGNISED;
        this.changedAt = changedAt;
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

    DecisionWay getWay() {
        return way;
    }

    List<MatterOption> getOptions() {
        return options.stream().map(MatterOptionEmbeddable::toOption).toList();
    }

    int getHouseholds() {
        return households;
    }

    LocalDate getMeetingOn() {
        return meetingOn;
    }

    LocalDate getNoticeOn() {
        return noticeOn;
    }

    LocalDate getNoticeLatestOn() {
        return noticeLatestOn;
    }

    Integer getInitiativeHouseholds() {
        return initiativeHouseholds;
    }

    LocalDate getInitiativeOn() {
        return initiativeOn;
    }

    MatterState getState() {
        return state;
    }

    Integer getHouseholdsTakingPart() {
        return householdsTakingPart;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    Integer getPassedOption() {
        return passedOption;
    }

    BigDecimal getApprovalPercent() {
        return approvalPercent;
    }

    String getApprovalCitation() {
        return approvalCitation;
    }

    LocalDate getRecordDueBy() {
        return recordDueBy;
    }

    LocalDate getRecordSentOn() {
        return recordSentOn;
    }

    LocalDate getRecognisedOn() {
        return recognisedOn;
    }

    String getRecognitionReference() {
        return recognitionReference;
    }

    String getRecognitionReason() {
        return recognitionReason;
    }
}
