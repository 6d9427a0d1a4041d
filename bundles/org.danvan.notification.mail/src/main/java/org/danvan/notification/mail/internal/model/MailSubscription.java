package org.danvan.notification.mail.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user's choice of e-mail delivery, and how far it got: notifications raised up to {@code sentUpTo} (UTC) are sent
 * (or were raised before the user opted in); after a failure, the next attempt is not before {@code nextAttemptAt}.
 */
@Entity(name = "MailSubscription")
@Table(name = "ntm_subscription")
public class MailSubscription {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Version
    private long version;

    @Column(nullable = false, length = 64)
    public String login;
    @Column(length = 254)
    public String address;
    @Column(nullable = false, length = 16)
    public String mode;
    @Column(name = "sent_up_to", nullable = false)
    public LocalDateTime sentUpTo;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at")
    public LocalDateTime nextAttemptAt;
    @Column(name = "digest_on")
    public LocalDate digestOn;

    protected MailSubscription() {
    }

    public MailSubscription(long userId) {
        this.userId = userId;
    }

    public long getUserId() {
        return userId;
    }

    public long getVersion() {
        return version;
    }
}
