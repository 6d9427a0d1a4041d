package org.danvan.cases.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A user has read a notification. */
@Entity(name = "NotificationRead")
@Table(name = "cas_notification_read")
public class NotificationRead {

    @Id
    @TableGenerator(name = "cas_notification_read_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_notification_read", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_notification_read_ids")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Column(name = "notification_id", nullable = false)
    public long notificationId;
    @Column(name = "user_id", nullable = false)
    public long userId;
}
