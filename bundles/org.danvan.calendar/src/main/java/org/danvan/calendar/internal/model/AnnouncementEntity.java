package org.danvan.calendar.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

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

import org.danvan.calendar.api.AnnouncementKind;

/** One announced day. The day is unique: a day has one status. */
@Entity(name = "CalendarAnnouncement")
@Table(name = "cal_announcement")
public class AnnouncementEntity {

    @Id
    @TableGenerator(name = "cal_announcement_ids", table = "cal_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cal_announcement", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cal_announcement_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "announced_day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AnnouncementKind kind;

    @Column(name = "name_key", nullable = false, length = 128)
    private String nameKey;

    @Column(length = 255)
    private String name;

    @Column(name = "legal_document", length = 255)
    private String legalDocument;

    @Column(nullable = false)
    private boolean shipped;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected AnnouncementEntity() {
        // for JPA
    }

    /** A new row; the caller has validated every value. */
    public AnnouncementEntity(LocalDate day, AnnouncementKind kind, String nameKey, String name, String legalDocument,
            boolean shipped, String createdBy, LocalDateTime createdAt) {
        this.day = day;
        this.kind = kind;
        this.nameKey = nameKey;
        this.name = name;
        this.legalDocument = legalDocument;
        this.shipped = shipped;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public LocalDate day() {
        return day;
    }

    public AnnouncementKind kind() {
        return kind;
    }

    public String nameKey() {
        return nameKey;
    }

    public String name() {
        return name;
    }

    public String legalDocument() {
        return legalDocument;
    }

    public boolean shipped() {
        return shipped;
    }
}
