package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.Posting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_disclosure with its postings. Units are referred to by id. */
@Entity(name = "Disclosure")
@Table(name = "gr_disclosure")
public class DisclosureEntity {

    @Id
    @TableGenerator(name = "gr_disclosure_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_disclosure", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_disclosure_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(name = "content_group", nullable = false)
    private int group;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "decision_ref", length = 100)
    private String decisionRef;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(length = 4000)
    private String summary;

    /** Stored when the clock starts: a later rule row never moves a running clock. */
    @Column(name = "start_due_by", nullable = false)
    private LocalDate startDueBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gr_disclosure_posting", joinColumns = @JoinColumn(name = "disclosure_id"))
    @OrderColumn(name = "line_no")
    private List<PostingEmbeddable> postings = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** UTC. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    /** UTC; changes with every update so that the version moves with the postings too. */
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected DisclosureEntity() {
        // for JPA
    }

    DisclosureEntity(String recordedBy, LocalDateTime recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void setContent(DisclosureDraft draft, String unitName, LocalDate startDueBy, LocalDateTime changedAt) {
        this.unitId = draft.unitId();
        this.unitName = unitName;
        this.group = draft.group();
        this.title = draft.title();
        this.decisionRef = draft.decisionRef();
        this.decidedOn = draft.decidedOn();
        this.summary = draft.summary();
        this.startDueBy = startDueBy;
        this.changedAt = changedAt;
        this.postings.clear();
        draft.postings().forEach(p -> postings.add(new PostingEmbeddable(p)));
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

    int getGroup() {
        return group;
    }

    String getTitle() {
        return title;
    }

    String getDecisionRef() {
        return decisionRef;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    String getSummary() {
        return summary;
    }

    LocalDate getStartDueBy() {
        return startDueBy;
    }

    List<Posting> getPostings() {
        return postings.stream().map(PostingEmbeddable::toPosting).toList();
    }

    String getRecordedBy() {
        return recordedBy;
    }

    LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
