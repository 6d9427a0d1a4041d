package org.danvan.cases.internal.model;

import java.time.LocalDateTime;
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
 * A case. Holds no petitioner identity (see {@link CasePerson}); the clock columns say what is due next, under which
 * rule, counted from which day, with which extensions, so that a calendar change can recompute the due date.
 */
@Entity(name = "CaseRecord")
@Table(name = "cas_case")
public class CaseRecord {

    @Id
    @TableGenerator(name = "cas_case_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_case", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_case_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    public long unitId;
    @Column(name = "case_year", nullable = false)
    public int caseYear;
    @Column(name = "case_seq", nullable = false)
    public int caseSeq;
    @Column(name = "case_number", nullable = false, length = 16)
    public String number;
    @Column(name = "tracking_code", nullable = false, length = 16, unique = true)
    public String trackingCode;
    @Column(nullable = false, length = 32)
    public String kind;
    @Column(nullable = false, length = 16)
    public String status;
    @Column(nullable = false, length = 32)
    public String channel;
    @Column(name = "forwarded_by", length = 255)
    public String forwardedBy;
    @Column(name = "group_petition", nullable = false)
    public boolean group;
    @Column(name = "people_count", nullable = false)
    public int peopleCount;
    @Column(length = 500)
    public String concerned;
    @Column(nullable = false, length = 20000)
    public String content;
    @Column(nullable = false, length = 200)
    public String excerpt;
    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;
    @Column(name = "source_type", length = 32)
    public String sourceType;
    @Column(name = "source_id", length = 64)
    public String sourceId;
    @Column(name = "processable")
    public Boolean processable;
    @Column(length = 32)
    public String variants;
    @Column(name = "parent_case_id")
    public Long parentCaseId;
    @Column(name = "handler_user_id")
    public Long handlerUserId;
    @Column(name = "handler_name", length = 255)
    public String handlerName;
    @Column(name = "due_step", length = 32)
    public String dueStep;
    @Column(name = "due_rule_id", length = 64)
    public String dueRuleId;
    @Column(name = "clock_start")
    public LocalDate clockStart;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "extension_days", length = 64)
    public String extensionDays;
    @Column(name = "due_state", nullable = false, length = 16)
    public String dueState;
    @Column(name = "notified_state", length = 16)
    public String notifiedState;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @Column(name = "resolved_on")
    public LocalDate resolvedOn;
    @Column(name = "resolved_late")
    public Boolean resolvedLate;
    @Column(name = "finished_on")
    public LocalDate finishedOn;
    @Column(length = 32)
    public String outcome;
    /** The day a suspension took effect while the case is suspended, else null. */
    @Column(name = "suspended_on")
    public LocalDate suspendedOn;
    /** While suspended: the resolution clock, parked (rule, start, extensions, due date when suspended). */
    @Column(name = "parked_rule_id", length = 64)
    public String parkedRuleId;
    @Column(name = "parked_clock_start")
    public LocalDate parkedClockStart;
    @Column(name = "parked_extension_days", length = 64)
    public String parkedExtensionDays;
    @Column(name = "parked_due")
    public LocalDate parkedDue;
    /** The day of the last continuation decision: the clock counts again from the day after it. */
    @Column(name = "clock_resumed_on")
    public LocalDate clockResumedOn;
    /** Days of the resolution clock used before the last suspension (in the rule's unit). */
    @Column(name = "clock_used_days")
    public Integer clockUsedDays;
    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
