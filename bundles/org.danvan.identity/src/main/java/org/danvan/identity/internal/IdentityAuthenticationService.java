package org.danvan.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.identity.internal.access.AccessControlService;
import org.danvan.identity.internal.access.PermissionRegistry;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Checks staff credentials against the identity store. Unknown login and wrong password give the same message (and
 * take about the same time), so the login form does not reveal which accounts exist; the automatic lockout counts
 * failures per login name whether the account exists or not, for the same reason. The administrator's lock and the
 * inactive state are told only to someone who knows the password. Every attempt is audited (never the password).
 */
@Component(service = AuthenticationService.class, immediate = true)
public class IdentityAuthenticationService implements AuthenticationService {

    static final String INVALID = "login.error.invalid";
    static final String LOCKED = "login.error.locked";
    static final String INACTIVE = "login.error.inactive";
    /** The automatic lockout; argument {0}: minutes left. */
    static final String LOCKED_OUT = "identity.login.locked";

    private static final Logger LOG = LoggerFactory.getLogger(IdentityAuthenticationService.class);
    private static final int MAX_LOGIN_LENGTH = 64;

    private final EntityStore store;
    private final PasswordHasher hasher;
    private final AccessControlService access;
    private final PermissionRegistry permissions;
    private final LoginThrottles throttles;
    private final IdentityAudit audit;
    private final Clock clock;
    /** Verified against when the login is unknown, so that case costs as much as a wrong password. */
    private final String decoyHash;

    @Activate
    public IdentityAuthenticationService(@Reference IdentityDatabase database,
            @Reference AccessControlService access, @Reference PermissionRegistry permissions,
            @Reference AuditTrail auditTrail) {
        this(database.store(), new PasswordHasher(), access, permissions, new IdentityAudit(auditTrail),
                Clock.systemUTC());
    }

    public IdentityAuthenticationService(EntityStore store, PasswordHasher hasher, AccessControlService access,
            PermissionRegistry permissions, IdentityAudit audit, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.access = access;
        this.permissions = permissions;
        this.throttles = new LoginThrottles(store);
        this.audit = audit;
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-password-never-matches".toCharArray());
    }

    /** The lockout bookkeeping, shared with the account services (unlock, reset, password change). */
    public LoginThrottles throttles() {
        return throttles;
    }

    @Override
    public AuthenticationResult authenticate(String login, char[] password, String remoteAddress) {
        String normalized = UserAccount.normalizeLogin(login);
        String from = printable(remoteAddress);
        Instant now = clock.instant();
        if (normalized.isEmpty() || normalized.length() > MAX_LOGIN_LENGTH || password == null
                || password.length == 0) {
            LOG.info("Login refused: empty or overlong credentials from {}", from);
            audit.login("identity.login.failed", printable(normalized), null, null,
                    IdentityAudit.details("reason", "empty-or-overlong"), remoteAddress);
            return AuthenticationResult.failure(INVALID);
        }
        Optional<Instant> lockedUntil = throttles.lockedUntil(normalized, now);
        if (lockedUntil.isPresent()) {
            hasher.verify(password, decoyHash);
            LOG.info("Login of '{}' from {} refused: locked out until {}", printable(normalized), from,
                    lockedUntil.get());
            audit.login("identity.login.refused", normalized, null, null,
                    IdentityAudit.details("reason", "locked-out", "lockedUntil", lockedUntil.get()), remoteAddress);
            return AuthenticationResult.failure(LOCKED_OUT, LoginThrottles.minutesLeft(lockedUntil.get(), now));
        }
        Optional<UserAccount> found = store.read(em -> em
                .createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                .setParameter("login", normalized).getResultStream().findFirst());
        boolean matches;
        if (found.isPresent()) {
            matches = hasher.verify(password, found.get().getPasswordHash());
        } else {
            hasher.verify(password, decoyHash);
            matches = false;
        }
        if (!matches) {
            Long userId = found.map(UserAccount::getId).orElse(null);
            LOG.info("Login failed for '{}' from {}", printable(normalized), from);
            audit.login("identity.login.failed", normalized, userId, found.map(UserAccount::getOrgUnitId).orElse(null),
                    IdentityAudit.details("reason", found.isPresent() ? "wrong-password" : "unknown-login"),
                    remoteAddress);
            Optional<Instant> lockout = throttles.recordFailure(normalized, now);
            if (lockout.isPresent()) {
                LOG.warn("Login name '{}' locked out until {} after {} failures", printable(normalized),
                        lockout.get(), LoginThrottles.MAX_FAILURES);
                audit.login("identity.login.lockout", normalized, userId, null,
                        IdentityAudit.details("failures", LoginThrottles.MAX_FAILURES, "lockedUntil", lockout.get()),
                        remoteAddress);
                return AuthenticationResult.failure(LOCKED_OUT, LoginThrottles.minutesLeft(lockout.get(), now));
            }
            return AuthenticationResult.failure(INVALID);
        }
        UserAccount user = found.get();
        if (user.isLocked()) {
            LOG.info("Login refused for locked user '{}' from {}", user.getLogin(), from);
            audit.login("identity.login.refused", user.getLogin(), user.getId(), user.getOrgUnitId(),
                    IdentityAudit.details("reason", "locked"), remoteAddress);
            return AuthenticationResult.failure(LOCKED);
        }
        if (!user.isActive()) {
            LOG.info("Login refused for inactive user '{}' from {}", user.getLogin(), from);
            audit.login("identity.login.refused", user.getLogin(), user.getId(), user.getOrgUnitId(),
                    IdentityAudit.details("reason", "inactive"), remoteAddress);
            return AuthenticationResult.failure(INACTIVE);
        }
        throttles.clear(normalized);
        rehashIfWeak(user, password);
        UserPrincipal principal = principalOf(user);
        LOG.info("Login of '{}' from {} with permissions {}", user.getLogin(), from, principal.permissions());
        audit.login("identity.login", user.getLogin(), user.getId(), user.getOrgUnitId(),
                IdentityAudit.details("mustChangePassword", user.isMustChangePassword() ? "true" : null),
                remoteAddress);
        return AuthenticationResult.success(principal);
    }

    /** Minutes left of the lockout of a login name (for the message argument), 0 when none runs. */
    public long lockoutMinutesLeft(String login) {
        Instant now = clock.instant();
        return throttles.lockedUntil(UserAccount.normalizeLogin(login), now)
                .map(until -> LoginThrottles.minutesLeft(until, now)).orElse(0L);
    }

    @Override
    public Optional<UserPrincipal> refresh(UserPrincipal principal) {
        UserAccount user = store.read(em -> em.find(UserAccount.class, principal.userId()));
        if (user == null || user.isLocked() || !user.isActive()) {
            LOG.info("Session of '{}' ended: the account is no longer usable", principal.login());
            return Optional.empty();
        }
        return Optional.of(principalOf(user));
    }

    @Override
    public Optional<UserPrincipal> principalOf(String login) {
        String normalized = UserAccount.normalizeLogin(login);
        return store.read(em -> em
                .createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                .setParameter("login", normalized).getResultStream().findFirst())
                .filter(user -> user.isActive() && !user.isLocked())
                .map(this::principalOf);
    }

    /** Permissions held at any unit through the stored roles, limited to those some installed bundle contributes. */
    private UserPrincipal principalOf(UserAccount user) {
        Set<String> granted = new TreeSet<>();
        for (String permission : access.permissionsHeldAnywhere(user.getId())) {
            if (permissions.isContributed(permission)) {
                granted.add(permission);
            }
        }
        OrgUnit unit = user.getOrgUnitId() == null ? null
                : store.read(em -> em.find(OrgUnit.class, user.getOrgUnitId()));
        return new UserPrincipal(user.getId(), user.getLogin(), user.getFullName(), user.getOrgUnitId(),
                unit == null ? null : unit.getName(), granted);
    }

    /** Brings a hash made with older, weaker parameters up to today's while the plain password is at hand. */
    private void rehashIfWeak(UserAccount user, char[] password) {
        if (!hasher.needsRehash(user.getPasswordHash())) {
            return;
        }
        String stronger = hasher.hash(password);
        try {
            store.run(em -> {
                UserAccount managed = em.find(UserAccount.class, user.getId());
                if (managed != null && managed.getVersion() == user.getVersion()) {
                    managed.setPasswordHash(stronger);
                }
            });
            LOG.info("Password hash of '{}' upgraded to {}", user.getLogin(), hasher.parameters());
        } catch (OptimisticLockException e) {
            LOG.debug("Password hash of '{}' changed concurrently; upgrade skipped", user.getLogin());
        } catch (PersistenceException e) {
            // the login itself succeeded; a failed upgrade is retried on the next login
            LOG.warn("Could not upgrade the password hash of '{}'", user.getLogin(), e);
        }
    }

    /** Keeps what reaches the log on one line and short: the login field is user input. */
    private static String printable(String text) {
        if (text == null) {
            return "?";
        }
        String cleaned = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > MAX_LOGIN_LENGTH ? cleaned.substring(0, MAX_LOGIN_LENGTH) + "…" : cleaned;
    }
}
