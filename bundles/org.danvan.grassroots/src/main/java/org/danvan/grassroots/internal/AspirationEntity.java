package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.AspirationDraft;
import org.danvan.grassroots.api.AspirationRecipient;

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

/** A row of gr_aspiration; author_name is null for an anonymous aspiration. */
@Entity(name = "Aspiration")
@Table(name = "gr_aspiration")
public class AspirationEntity {

    @Id
    @TableGenerator(name = "gr_aspiration_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_aspiration", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_aspiration_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "conference_id", nullable = false)
    private long conferenceId;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(name = "author_name", length = 200)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AspirationRecipient recipient;

    @Column(name = "forwarded_on", nullable = false)
    private LocalDate forwardedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(length = 2000)
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    protected AspirationEntity() {
        // for JPA
    }

    AspirationEntity(long conferenceId, AspirationDraft draft) {
        this.conferenceId = conferenceId;
        this.content = draft.content();
        this.author = draft.anonymous() ? null : draft.author();
        this.recipient = draft.recipient();
        this.forwardedOn = draft.forwardedOn();
        this.dueOn = draft.dueOn();
    }

    void answer(String text, LocalDate day) {
        this.answer = text;
        this.answeredOn = day;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getConferenceId() {
        return conferenceId;
    }

    String getContent() {
        return content;
    }

    String getAuthor() {
        return author;
    }

    AspirationRecipient getRecipient() {
        return recipient;
    }

    LocalDate getForwardedOn() {
        return forwardedOn;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    String getAnswer() {
        return answer;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
