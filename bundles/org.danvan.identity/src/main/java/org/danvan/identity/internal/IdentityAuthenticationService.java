package org.danvan.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Checks staff credentials against the identity store. Unknown login and wrong password give the same message (and
 * take about the same time), so the login form does not reveal which accounts exist; the locked and inactive states
 * are told only to someone who knows the password.
 */
@Component(service = AuthenticationService.class, immediate = true)
public class IdentityAuthenticationService implements AuthenticationService {

    static final String INVALID = "login.error.invalid";
    static final String LOCKED = "login.error.locked";
    static final String INACTIVE = "login.error.inactive";

    private static final Logger LOG = LoggerFactory.getLogger(IdentityAuthenticationService.class);
    private static final int MAX_LOGIN_LENGTH = 64;

    private final EntityStore store;
    private final PasswordHasher hasher;
    private final PermissionResolver permissions = new PermissionResolver();
    /** Verified against when the login is unknown, so that case costs as much as a wrong password. */
    private final String decoyHash;

    @Activate
    public IdentityAuthenticationService(@Reference IdentityDatabase database) {
        this(database.store(), new PasswordHasher());
    }

    IdentityAuthenticationService(EntityStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy-password-never-matches".toCharArray());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPermission(PermissionContribution contribution) {
        permissions.add(contribution);
    }

    void removePermission(PermissionContribution contribution) {
        permissions.remove(contribution);
    }

    @Override
    public AuthenticationResult authenticate(String login, char[] password, String remoteAddress) {
        String normalized = UserAccount.normalizeLogin(login);
        String from = printable(remoteAddress);
        if (normalized.isEmpty() || normalized.length() > MAX_LOGIN_LENGTH || password == null
                || password.length == 0) {
            LOG.info("Login refused: empty or overlong credentials from {}", from);
            return AuthenticationResult.failure(INVALID);
        }
        Optional<UserAccount> found = store.read(em -> em
                .createQuery("SELECT u FROM UserAccount u WHERE u.login = :login", UserAccount.class)
                .setParameter("login", normalized).getResultStream().findFirst());
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash);
            LOG.info("Login failed for unknown user '{}' from {}", printable(normalized), from);
            return AuthenticationResult.failure(INVALID);
        }
        UserAccount user = found.get();
        if (!hasher.verify(password, user.getPasswordHash())) {
            LOG.info("Login failed (wrong password) for '{}' from {}", user.getLogin(), from);
            return AuthenticationResult.failure(INVALID);
        }
        if (user.isLocked()) {
            LOG.info("Login refused for locked user '{}' from {}", user.getLogin(), from);
            return AuthenticationResult.failure(LOCKED);
        }
        if (!user.isActive()) {
            LOG.info("Login refused for inactive user '{}' from {}", user.getLogin(), from);
            return AuthenticationResult.failure(INACTIVE);
        }
        rehashIfWeak(user, password);
        UserPrincipal principal = principalOf(user);
        LOG.info("Login of '{}' from {} with permissions {}", user.getLogin(), from, principal.permissions());
        return AuthenticationResult.success(principal);
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

    private UserPrincipal principalOf(UserAccount user) {
        return store.read(em -> {
            List<String> roleIds = em
                    .createQuery("SELECT DISTINCT r.roleId FROM RoleAssignment r WHERE r.userId = :user",
                            String.class)
                    .setParameter("user", user.getId()).getResultList();
            Set<String> granted = permissions.permissionsOf(roleIds);
            OrgUnit unit = user.getOrgUnitId() == null ? null : em.find(OrgUnit.class, user.getOrgUnitId());
            return new UserPrincipal(user.getId(), user.getLogin(), user.getFullName(), user.getOrgUnitId(),
                    unit == null ? null : unit.getName(), granted);
        });
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
