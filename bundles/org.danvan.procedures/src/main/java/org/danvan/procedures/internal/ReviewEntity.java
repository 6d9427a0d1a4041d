package org.danvan.procedures.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.danvan.procedures.api.Assessment;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.ReviewStatus;

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

/** A row of pr_review: one procedure's review in a round, its proposal, decision and follow-up. */
@Entity(name = "PrReview")
@Table(name = "pr_review")
public class ReviewEntity {

    @Id
    @TableGenerator(name = "pr_review_ids", table = "pr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "pr_review", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_review_ids")
    Long id;

    @Version
    long version;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "procedure_id", nullable = false)
    long procedureId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "review_year", nullable = false)
    int year;

    @Column(name = "necessary", nullable = false)
    boolean necessary;

    @Column(name = "lawful", nullable = false)
    boolean lawful;

    @Column(name = "rational", nullable = false)
    boolean rational;

    @Column(name = "efficient", nullable = false)
    boolean efficient;

    @Column(name = "assessed_on", nullable = false)
    LocalDate assessedOn;

    @Column(name = "findings", nullable = false, length = 4000)
    String findings;

    /** The linked cases' numbers, one a line. */
    @Column(name = "case_numbers", length = 2000)
    String caseNumbers;

    @Column(name = "case_count", nullable = false)
    int caseCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposal", nullable = false, length = 16)
    Proposal proposal;

    @Column(name = "current_days", nullable = false)
    int currentDays;

    @Column(name = "current_fee", nullable = false)
    long currentFee;

    @Column(name = "proposed_days")
    Integer proposedDays;

    @Column(name = "proposed_fee")
    Long proposedFee;

    @Column(name = "yearly_dossiers")
    Integer yearlyDossiers;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    ReviewStatus status;

    @Column(name = "decision_ref", length = 500)
    String decisionRef;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "implement_by")
    LocalDate implementBy;

    @Column(name = "implement_rule", length = 64)
    String implementRule;

    @Column(name = "implemented_on")
    LocalDate implementedOn;

    @Column(name = "follow_up", length = 4000)
    String followUp;

    // changes go through the entity's own methods: the woven change tracking sees only those

    void assess(LocalDate day, Assessment a, List<String> numbers, int days, long fee) {
        this.assessedOn = day;
        this.necessary = a.necessary();
        this.lawful = a.lawful();
        this.rational = a.rational();
        this.efficient = a.efficient();
        this.findings = a.findings();
        this.caseNumbers = numbers.isEmpty() ? null : String.join("\n", numbers);
        this.caseCount = numbers.size();
        this.proposal = a.proposal();
        this.currentDays = days;
        this.currentFee = fee;
        this.proposedDays = a.proposedDays();
        this.proposedFee = a.proposedFeeVnd();
        this.yearlyDossiers = a.yearlyDossiers();
        this.status = ReviewStatus.ASSESSED;
    }

    void decide(boolean adopted, String ref, LocalDate day, LocalDate followUpBy, String followUpRule) {
        this.decisionRef = ref;
        this.decidedOn = day;
        this.status = adopted ? ReviewStatus.ADOPTED : ReviewStatus.REJECTED;
        this.implementBy = followUpBy;
        this.implementRule = followUpRule;
    }

    void implement(LocalDate day, String text) {
        this.implementedOn = day;
        this.followUp = text;
        this.status = ReviewStatus.IMPLEMENTED;
    }

    List<String> caseNumberList() {
        return caseNumbers == null || caseNumbers.isEmpty() ? List.of() : Arrays.asList(caseNumbers.split("\n"));
    }
}
