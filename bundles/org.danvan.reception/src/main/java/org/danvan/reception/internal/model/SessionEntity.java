package org.danvan.reception.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.SessionKind;
import org.danvan.reception.api.SessionStatus;

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

/** A leader's reception session. */
@Entity(name = "ReceptionSession")
@Table(name = "rcp_session")
public class SessionEntity {

    @Id
    @TableGenerator(name = "rcp_session_ids", table = "rcp_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "rcp_session", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rcp_session_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "place", nullable = false, length = 255)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private SessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "planned_leader_user_id")
    private Long plannedLeaderUserId;

    @Column(name = "planned_leader_name", nullable = false, length = 255)
    private String plannedLeaderName;

    @Enumerated(EnumType.STRING)
    @Column(name = "planned_leader_role", nullable = false, length = 16)
    private LeaderRole plannedLeaderRole;

    @Column(name = "received_by_user_id")
    private Long receivedByUserId;

    @Column(name = "received_by_name", length = 255)
    private String receivedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_by_role", length = 16)
    private LeaderRole receivedByRole;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Column(name = "citizen_notified_on")
    private LocalDate citizenNotifiedOn;

    @Column(name = "connection_tested_on")
    private LocalDate connectionTestedOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected SessionEntity() {
        // for JPA
    }

    public SessionEntity(long unitId, String createdBy, LocalDateTime now) {
        this.unitId = unitId;
        this.status = SessionStatus.SCHEDULED;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void plan(LocalDate date, String place, SessionKind kind, Long leaderUserId, String leaderName,
            LeaderRole leaderRole, String note, LocalDateTime now) {
        this.date = date;
        this.place = place;
        this.kind = kind;
        this.plannedLeaderUserId = leaderUserId;
        this.plannedLeaderName = leaderName;
        this.plannedLeaderRole = leaderRole;
        this.note = note;
        this.updatedAt = now;
    }

    public void held(Long userId, String name, LeaderRole role, LocalDateTime now) {
        this.status = SessionStatus.HELD;
        this.receivedByUserId = userId;
        this.receivedByName = name;
        this.receivedByRole = role;
        this.updatedAt = now;
    }

    public void cancel(LocalDateTime now) {
        this.status = SessionStatus.CANCELLED;
        this.updatedAt = now;
    }

    /** Whether the session is online (Law 136/2025, art. 3a). */
    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public LocalDate getCitizenNotifiedOn() {
        return citizenNotifiedOn;
    }

    public LocalDate getConnectionTestedOn() {
        return connectionTestedOn;
    }

    /** Records the preparation of an online session. */
    public void prepareOnline(LocalDate notifiedOn, LocalDate testedOn, LocalDateTime now) {
        this.citizenNotifiedOn = notifiedOn;
        this.connectionTestedOn = testedOn;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getPlace() {
        return place;
    }

    public SessionKind getKind() {
        return kind;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Long getPlannedLeaderUserId() {
        return plannedLeaderUserId;
    }

    public String getPlannedLeaderName() {
        return plannedLeaderName;
    }

    public LeaderRole getPlannedLeaderRole() {
        return plannedLeaderRole;
    }

    public Long getReceivedByUserId() {
        return receivedByUserId;
    }

    public String getReceivedByName() {
        return receivedByName;
    }

    public LeaderRole getReceivedByRole() {
        return receivedByRole;
    }

    public String getNote() {
        return note;
    }
}
