package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.CommentChannel;
import org.danvan.grassroots.api.CommentDraft;

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

/** A row of gr_comment. The contact a citizen leaves is shown to staff only, never on the public page. */
@Entity(name = "Comment")
@Table(name = "gr_comment")
public class CommentEntity {

    @Id
    @TableGenerator(name = "gr_comment_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_comment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_comment_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommentChannel channel;

    @Column(name = "comment_text", nullable = false, length = 2000)
    private String text;

    @Column(name = "author_name", length = 200)
    private String authorName;

    /** The contact's ciphertext (key ring {@code grassroots-contacts}), bound to the consultation. */
    @Column(length = 1000)
    private String contact;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    private Boolean taken;

    protected CommentEntity() {
        // for JPA
    }

    CommentEntity(long consultationId, CommentChannel channel, CommentDraft draft, String encryptedContact,
            LocalDate receivedOn) {
        this.consultationId = consultationId;
        this.channel = channel;
        this.text = draft.text();
        this.authorName = draft.authorName();
        this.contact = encryptedContact;
        this.receivedOn = receivedOn;
    }

    void setTaken(boolean taken) {
        this.taken = taken;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getConsultationId() {
        return consultationId;
    }

    CommentChannel getChannel() {
        return channel;
    }

    String getText() {
        return text;
    }

    String getAuthorName() {
        return authorName;
    }

    /** The stored contact: ciphertext, or clear text in a row written before encryption (until it is moved). */
    String getContact() {
        return contact;
    }

    void setContact(String encryptedContact) {
        this.contact = encryptedContact;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    Boolean getTaken() {
        return taken;
    }
}
