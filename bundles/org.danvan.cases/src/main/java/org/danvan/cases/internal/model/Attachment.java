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

/** An attachment: metadata here, bytes in the content store under their SHA-256. */
@Entity(name = "Attachment")
@Table(name = "cas_attachment")
public class Attachment {

    @Id
    @TableGenerator(name = "cas_attachment_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_attachment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_attachment_ids")
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
    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;
    @Column(name = "media_type", nullable = false, length = 128)
    public String mediaType;
    @Column(name = "size_bytes", nullable = false)
    public long size;
    @Column(nullable = false, length = 64)
    public String sha256;
    @Column(name = "added_at", nullable = false)
    public LocalDateTime addedAt;
    @Column(name = "added_by", nullable = false, length = 64)
    public String addedBy;
}
