package org.danvan.identity.internal.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.danvan.identity.api.AccountService;
import org.danvan.identity.api.UserSummary;
import org.danvan.identity.internal.IdentityAudit;
import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.LoginThrottles;
import org.danvan.identity.internal.PasswordPolicy;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A signed-in user's own account. A wrong current password counts as a failed login of that login name, so a
 * session left open cannot be used to guess the password faster than the login form allows.
 */
@Component(service = AccountService.class, immediate = true)
public class AccountServiceImpl implements AccountService {

    private final EntityStore store;
    private final PasswordHasher hasher;
    private final LoginThrottles throttles;
    private final IdentityAudit audit;
    private final Clock clock;

    @Activate
    public AccountServiceImpl(@Reference IdentityDatabase database, @Reference AuditTrail auditTrail) {
        this(database.store(), new PasswordHasher(), new IdentityAudit(auditTrail), Clock.systemUTC());
    }

    public AccountServiceImpl(EntityStore store, PasswordHasher hasher, IdentityAudit audit, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.throttles = new LoginThrottles(store);
        this.audit = audit;
        this.clock = clock;
    }

    private UserAccount account(UserPrincipal user) {
        UserAccount account = store.read(em -> em.find(UserAccount.class, user.userId()));
        if (account == null) {
            throw ValidationException.of(null, "identity.user.not-found");
        }
        return account;
    }

    @Override
    public void changePassword(UserPrincipal user, char[] currentPassword, char[] newPassword) {
        UserAccount account = account(user);
        Instant now = clock.instant();
        Optional<Instant> locked = throttles.lockedUntil(account.getLogin(), now);
        if (locked.isPresent()) {
            throw ValidationException.of("currentPassword", "identity.login.locked",
                    LoginThrottles.minutesLeft(locked.get(), now));
        }
        if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
            Optional<Instant> lockout = throttles.recordFailure(account.getLogin(), now);
            audit.login("identity.password.change-failed", account.getLogin(), account.getId(),
                    account.getOrgUnitId(), IdentityAudit.details("reason", "current-wrong"), null);
            lockout.ifPresent(until -> audit.login("identity.login.lockout", account.getLogin(), account.getId(),
                    account.getOrgUnitId(), IdentityAudit.details("lockedUntil", until), null));
            throw ValidationException.of("currentPassword", "identity.password.current-wrong");
        }
        PasswordPolicy.require(newPassword, account.getLogin());
        if (hasher.verify(newPassword, account.getPasswordHash())) {
            throw ValidationException.of("newPassword", "identity.password.same-as-current");
        }
        String hash = hasher.hash(newPassword);
        store.run(em -> {
            UserAccount managed = em.find(UserAccount.class, account.getId());
            managed.setPasswordHash(hash);
            managed.setMustChangePassword(false);
        });
        audit.login("identity.password.changed", account.getLogin(), account.getId(), account.getOrgUnitId(),
                IdentityAudit.details(), null);
    }

    @Override
    public boolean mustChangePassword(UserPrincipal user) {
        UserAccount account = store.read(em -> em.find(UserAccount.class, user.userId()));
        return account != null && account.isMustChangePassword();
    }

    @Override
    public UserSummary profile(UserPrincipal user) {
        return store.read(em -> {
            UserAccount account = em.find(UserAccount.class, user.userId());
            if (account == null) {
                throw ValidationException.of(null, "identity.user.not-found");
            }
            return UserSummaries.of(em, account, clock.instant());
        });
    }
}
