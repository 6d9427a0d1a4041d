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
 * An in-app notification, addressed to one user (the handler) or to a unit (its heads: holders of case.close there);
 * read marks of unit notifications are {@link NotificationRead} rows.
 */
@Entity(name = "Notification")
@Table(name = "cas_notification")
public class Notification {

    @Id
    @TableGenerator(name = "cas_notification_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_notification", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_notification_ids")
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
    @Column(name = "case_number", nullable = false, length = 16)
    public String caseNumber;
    @Column(name = "recipient_user_id")
    public Long recipientUserId;
    @Column(name = "recipient_unit_id")
    public Long recipientUnitId;
    @Column(name = "message_key", nullable = false, length = 64)
    public String messageKey;
    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;
}
