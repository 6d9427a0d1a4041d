package org.danvan.noticeboard.internal.model;

import java.time.LocalDate;
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
 * A notice row. Author and unit are kept by id and by the name they had at creation (the notice board depends on
 * no identity internals, and a notice shows who posted it as they were then).
 */
@Entity(name = "Notice")
@Table(name = "nb_notice")
public class NoticeEntity {

    @Id
    @TableGenerator(name = "nb_notice_ids", table = "nb_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "nb_notice", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "nb_notice_ids")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 10_000)
    private String body;

    @Column(name = "author_login", nullable = false, length = 64)
    private String authorLogin;

    @Column(name = "author_name", nullable = false, length = 255)
    private String authorName;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(name = "org_unit_name", length = 255)
    private String orgUnitName;

    @Column(name = "publish_from", nullable = false)
    private LocalDate publishFrom;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected NoticeEntity() {
        // for JPA
    }

    public NoticeEntity(String authorLogin, String authorName, Long orgUnitId, String orgUnitName,
            LocalDateTime createdAt) {
        this.authorLogin = authorLogin;
        this.authorName = authorName;
        this.orgUnitId = orgUnitId;
        this.orgUnitName = orgUnitName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Sets the content; the caller has validated it. */
    public void setContent(String title, String body, LocalDate publishFrom, LocalDate expiresOn) {
        this.title = title;
        this.body = body;
        this.publishFrom = publishFrom;
        this.expiresOn = expiresOn;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public String getOrgUnitName() {
        return orgUnitName;
    }

    public LocalDate getPublishFrom() {
        return publishFrom;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
