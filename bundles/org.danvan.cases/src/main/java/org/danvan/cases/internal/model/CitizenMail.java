package org.danvan.cases.internal.model;

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
 * One milestone mail to a citizen, written in the transaction of the step it announces (the outbox). It holds no
 * address: it refers to the petitioner row ({@code cas_person}, case and ordinal), whose e-mail is encrypted, and is
 * opened only when the mail goes out. The text is rendered then, from the milestone, the language and the detail.
 */
@Entity(name = "CitizenMail")
@Table(name = "cas_citizen_mail")
public class CitizenMail {

    @Id
    @TableGenerator(name = "cas_citizen_mail_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_citizen_mail", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_citizen_mail_ids")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Column(name = "case_id", nullable = false)
    public long caseId;
    /** Which petitioner of the case receives it. */
    @Column(name = "person_ordinal", nullable = false)
    public int personOrdinal;
    /** {@code CitizenMilestone} name. */
    @Column(nullable = false, length = 32)
    public String milestone;
    /** The language of the citizen's form: vi, en or fr. */
    @Column(nullable = false, length = 8)
    public String language;
    /** The milestone's day (the decision's or the step's day), ISO. */
    @Column(name = "milestone_on", nullable = false, length = 10)
    public String milestoneOn;
    /** A new due date (ISO) or an outcome name; never for a denunciation. */
    @Column(length = 64)
    public String detail;
    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    public LocalDateTime nextAttemptAt;
    @Column(name = "sent_at")
    public LocalDateTime sentAt;
    @Column(name = "given_up_at")
    public LocalDateTime givenUpAt;
    @Column(name = "last_error", length = 255)
    public String lastError;
}
