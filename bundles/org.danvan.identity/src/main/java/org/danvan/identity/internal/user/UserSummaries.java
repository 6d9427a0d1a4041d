package org.danvan.identity.internal.user;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.danvan.identity.api.UserSummary;
import org.danvan.identity.internal.model.LoginThrottle;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.model.UserMembership;

import jakarta.persistence.EntityManager;

/** Turns accounts into {@link UserSummary}s with their memberships and running lockouts, a page at a time. */
final class UserSummaries {

    private UserSummaries() {
    }

    static UserSummary of(EntityManager em, UserAccount user, Instant now) {
        return of(em, List.of(user), now).get(0);
    }

    static List<UserSummary> of(EntityManager em, List<UserAccount> users, Instant now) {
        if (users.isEmpty()) {
            return List.of();
        }
        List<Long> ids = users.stream().map(UserAccount::getId).toList();
        Map<Long, List<Long>> units = new HashMap<>();
        for (UserMembership m : em.createQuery(
                "SELECT m FROM UserMembership m WHERE m.userId IN :ids ORDER BY m.userId, m.position",
                UserMembership.class).setParameter("ids", ids).getResultList()) {
            units.computeIfAbsent(m.getUserId(), k -> new ArrayList<>()).add(m.getUnitId());
        }
        Map<String, Instant> lockouts = new HashMap<>();
        for (LoginThrottle t : em.createQuery(
                "SELECT t FROM LoginThrottle t WHERE t.login IN :logins AND t.lockedUntil IS NOT NULL",
                LoginThrottle.class).setParameter("logins", users.stream().map(UserAccount::getLogin).toList())
                .getResultList()) {
            Instant until = t.getLockedUntil().toInstant(ZoneOffset.UTC);
            if (until.isAfter(now)) {
                lockouts.put(t.getLogin(), until);
            }
        }
        List<UserSummary> result = new ArrayList<>(users.size());
        for (UserAccount u : users) {
            List<Long> unitIds = units.getOrDefault(u.getId(),
                    u.getOrgUnitId() == null ? List.of() : List.of(u.getOrgUnitId()));
            Instant lockedUntil = lockouts.get(u.getLogin());
            result.add(new UserSummary(u.getId(), u.getVersion(), u.getLogin(), u.getFullName(), u.getEmail(),
                    u.getPhone(), unitIds, u.isActive(), u.isLocked() || lockedUntil != null, lockedUntil,
                    u.isMustChangePassword(), u.getCreatedAt().toInstant(ZoneOffset.UTC)));
        }
        return result;
    }
}
