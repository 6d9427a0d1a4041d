package org.danvan.identity.internal.model;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A staff member's account. The login is stored in lower case so that look-ups ignore case on every database. */
@Entity(name = "UserAccount")
@Table(name = "idn_user_account")
public class UserAccount {

    @Id
    @TableGenerator(name = "idn_user_account_ids", table = "idn_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "idn_user_account", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "idn_user_account_ids")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String login;

    @Column(name = "full_name", nullable = false, length = 255)
    private String fullName;

    @Column(length = 255)
    private String email;

    @Column(length = 32)
    private String phone;

    /** Argon2id hash in PHC string format; parameters travel with the hash. */
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(name = "org_unit_id")
    private Long orgUnitId;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private boolean locked;

    /** Set by an administrator's reset: the user must choose a new password before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Login, full name and email folded to lower case without diacritics, for searching. */
    @Column(name = "search_key", length = 640)
    private String searchKey;

    /** UTC; EclipseLink 4.0 maps no {@code Instant}, and a DATETIME in UTC is portable across H2 and MariaDB. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String login, String fullName, String passwordHash, Long orgUnitId, LocalDateTime createdAt) {
        this.login = normalizeLogin(login);
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.orgUnitId = orgUnitId;
        this.createdAt = createdAt;
        this.active = true;
    }

    /** The form in which logins are stored and looked up. */
    public static String normalizeLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLogin() {
        return login;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public void setSearchKey(String searchKey) {
        this.searchKey = searchKey;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
