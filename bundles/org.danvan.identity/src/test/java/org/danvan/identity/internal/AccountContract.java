package org.danvan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.security.Roles;
import org.danvan.identity.api.UserDraft;
import org.danvan.identity.api.UserFilter;
import org.danvan.identity.api.UserSummary;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** Lockout, passwords and user administration on a real database. */
abstract class AccountContract extends IdentityContractBase {

    private AuthenticationResult login(String login, String password) {
        return f.authentication.authenticate(login, password.toCharArray(), "10.0.0.7");
    }

    private void fail(String login, int times) {
        for (int i = 0; i < times; i++) {
            assertFalse(login(login, "sai-mat-khau").succeeded());
        }
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheLoginWithTheMinutesLeftUntilTheLockEnds() {
        seedDemo();
        fail("tiepdan", 4);
        f.clock.advance(Duration.ofMinutes(10));
        AuthenticationResult fifth = login("tiepdan", "sai-mat-khau");
        assertEquals(IdentityAuthenticationService.LOCKED_OUT, fifth.failureKey());
        assertEquals(IdentityAuthenticationService.LOCKED_OUT, login("tiepdan", "danvan").failureKey(),
                "the right password does not open a locked login");
        assertEquals(15, f.authentication.lockoutMinutesLeft("TiepDan"));
        f.clock.advance(Duration.ofMinutes(14));
        assertEquals(1, f.authentication.lockoutMinutesLeft("tiepdan"));
        UserSummary locked = f.users.get(f.principal("admin"), f.principal("xuly").userId()).orElseThrow();
        assertFalse(locked.locked(), "another user is not affected");

        f.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(login("tiepdan", "danvan").succeeded(), "the lock lasts 15 minutes");
        assertEquals(5, f.audit.events("identity.login.failed").size());
        List<AuditEvent> lockouts = f.audit.events("identity.login.lockout");
        assertEquals(1, lockouts.size());
        assertEquals("tiepdan", lockouts.get(0).actorLogin());
        assertEquals("10.0.0.7", lockouts.get(0).remoteAddress());
    }

    @Test
    void fourFailuresThenAQuarterOfAnHourDoNotLock() {
        seedDemo();
        fail("tiepdan", 4);
        f.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(IdentityAuthenticationService.INVALID, login("tiepdan", "sai").failureKey(),
                "five failures in all, but the first four left the window");
        fail("tiepdan", 2);
        assertEquals(IdentityAuthenticationService.INVALID, login("tiepdan", "sai").failureKey(),
                "four failures inside the window");
        assertEquals(0, f.authentication.lockoutMinutesLeft("tiepdan"));
        assertTrue(login("tiepdan", "danvan").succeeded());
        assertTrue(f.audit.events("identity.login.lockout").isEmpty());
    }

    @Test
    void anUnknownLoginLocksLikeAKnownOneSoTheMessageRevealsNothing() {
        seedDemo();
        fail("khongtontai", 4);
        assertEquals(IdentityAuthenticationService.LOCKED_OUT, login("khongtontai", "x").failureKey());
        assertEquals(IdentityAuthenticationService.LOCKED_OUT, login("khongtontai", "y").failureKey());
    }

    @Test
    void anAdministratorsUnlockEndsAnAutomaticLockout() {
        seedDemo();
        fail("xuly", 5);
        UserPrincipal admin = f.principal("admin");
        long id = f.principal("xuly").userId();
        UserSummary before = f.users.get(admin, id).orElseThrow();
        assertTrue(before.locked());
        assertNotNull(before.lockedUntil());
        assertEquals(IdentityAuthenticationService.LOCKED_OUT, login("xuly", "danvan").failureKey());

        UserSummary after = f.users.setLocked(admin, id, before.version(), false);
        assertFalse(after.locked());
        assertNull(after.lockedUntil());
        assertTrue(login("xuly", "danvan").succeeded());
        assertEquals(1, f.audit.events("identity.user.unlocked").size());
    }

    @Test
    void anAdministratorsResetSetsMustChangeAndTheUserChangesItWithTheCurrentPassword() {
        seedDemo();
        UserPrincipal admin = f.principal("admin");
        long id = f.principal("quansat").userId();
        ValidationException weak = assertThrows(ValidationException.class,
                () -> f.users.resetPassword(admin, id, "quansat-123".toCharArray()));
        assertEquals(Set.of(PasswordPolicy.CONTAINS_LOGIN), keys(weak));

        UserSummary reset = f.users.resetPassword(admin, id, "Tạm-thời-2026".toCharArray());
        assertTrue(reset.mustChangePassword());
        assertEquals(IdentityAuthenticationService.INVALID, login("quansat", "danvan").failureKey());
        UserPrincipal user = login("quansat", "Tạm-thời-2026").principal();
        assertTrue(f.account.mustChangePassword(user));

        ValidationException wrong = assertThrows(ValidationException.class,
                () -> f.account.changePassword(user, "danvan".toCharArray(), "Mới-hoàn-toàn-1".toCharArray()));
        assertEquals(Set.of("identity.password.current-wrong"), keys(wrong));
        ValidationException same = assertThrows(ValidationException.class, () -> f.account
                .changePassword(user, "Tạm-thời-2026".toCharArray(), "Tạm-thời-2026".toCharArray()));
        assertEquals(Set.of("identity.password.same-as-current"), keys(same));
        f.account.changePassword(user, "Tạm-thời-2026".toCharArray(), "Mới-hoàn-toàn-1".toCharArray());
        assertFalse(f.account.mustChangePassword(user));
        assertTrue(login("quansat", "Mới-hoàn-toàn-1").succeeded());

        assertEquals(1, f.audit.events("identity.password.reset").size());
        assertEquals(1, f.audit.events("identity.password.changed").size());
        for (AuditEvent event : f.audit.events("identity.password.reset")) {
            assertEquals("admin", event.actorLogin());
        }
        f.audit.actions().forEach(action -> assertFalse(action.isEmpty()));
        f.audit.find(org.danvan.platform.api.audit.AuditFilter.any(), 0, 1000).forEach(entry -> entry.event()
                .details().values().forEach(value -> assertFalse(value.contains("Tạm-thời") || value.contains("Mới-"),
                        "no password in the audit trail: " + entry.event())));
    }

    @Test
    void createdUsersHaveMembershipsAndAreFoundIgnoringDiacritics() {
        seedDemo();
        UserPrincipal admin = f.principal("admin");
        long tienDu = f.unitId("24003");
        long village = f.unitId("24003-02");
        UserSummary created = f.users.create(admin, new UserDraft("  Ngoc.Anh ", " Đặng Thị Ngọc Ánh ",
                "anh.dtn@tiendu.danvan.example", "0912 345 678", List.of(tienDu, village)), "Mùa-hè-2026".toCharArray());
        assertEquals("ngoc.anh", created.login());
        assertEquals("Đặng Thị Ngọc Ánh", created.fullName());
        assertEquals("0912345678", created.phone());
        assertEquals(List.of(tienDu, village), created.unitIds());
        assertTrue(created.mustChangePassword());

        assertEquals(List.of("ngoc.anh"), logins(admin, new UserFilter("dang thi ngoc anh", null, null, null)));
        assertEquals(List.of("ngoc.anh"), logins(admin, new UserFilter("ÁNH", f.unitId("24003-02"), null, null)));
        assertEquals(List.of("chutich.tiendu", "ngoc.anh", "tiepdan", "xuly"),
                logins(admin, new UserFilter(null, tienDu, null, null)));
        assertEquals(List.of("xuly"), logins(admin, new UserFilter(null, null, Roles.CASE_HANDLER, null)));
        assertEquals(List.of(), logins(f.principal("xuly"), UserFilter.any()), "no users.manage, no list");

        ValidationException invalid = assertThrows(ValidationException.class, () -> f.users.create(admin,
                new UserDraft("x", "", "not-an-email", "12", List.of()), "ngắn".toCharArray()));
        assertEquals(Set.of("identity.user.login.invalid", "identity.user.full-name.invalid",
                "identity.user.email.invalid", "identity.user.phone.invalid", "identity.user.units.required",
                PasswordPolicy.TOO_SHORT), keys(invalid));
        ValidationException taken = assertThrows(ValidationException.class, () -> f.users.create(admin,
                new UserDraft("TIEPDAN", "Người khác", null, null, List.of(tienDu)), "Mùa-hè-2026".toCharArray()));
        assertEquals(Set.of("identity.user.login.taken"), keys(taken));
        assertThrows(AccessDeniedException.class, () -> f.users.create(f.principal("chutich.tiendu"),
                new UserDraft("moi.nguoi", "Người mới", null, null, List.of(tienDu)), "Mùa-hè-2026".toCharArray()));
        assertEquals(1, f.audit.events("identity.user.created").size());
        assertEquals("ngoc.anh", f.audit.events("identity.user.created").get(0).details().get("login"));
    }

    @Test
    void anAdministrativeChangeWhoseAuditEntryFailsIsNotStored() {
        seedDemo();
        UserPrincipal admin = f.principal("admin");
        UserSummary shown = f.users.get(admin, f.principal("tiepdan").userId()).orElseThrow();
        f.audit.failing(true);
        assertThrows(IllegalStateException.class, () -> f.users.create(admin, new UserDraft("khong.ghi",
                "Người không được ghi", null, null, List.of(f.unitId("24003"))), "Mùa-hè-2026".toCharArray()));
        assertThrows(IllegalStateException.class, () -> f.users.setLocked(admin, shown.id(), shown.version(), true));
        f.audit.failing(false);

        assertEquals(List.of(), logins(admin, new UserFilter("khong.ghi", null, null, null)),
                "no account without its audit entry");
        UserSummary after = f.users.get(admin, shown.id()).orElseThrow();
        assertEquals(shown.version(), after.version(), "the lock whose entry failed was rolled back");
        assertFalse(after.locked());
    }

    private List<String> logins(UserPrincipal actor, UserFilter filter) {
        return f.users.find(actor, filter, 0, 100).stream().map(UserSummary::login).toList();
    }

    @Test
    void twoAdministratorsEditingTheSameUserConflictAndTheSecondIsRefused() {
        seedDemo();
        UserPrincipal admin = f.principal("admin");
        UserSummary shown = f.users.get(admin, f.principal("tiepdan").userId()).orElseThrow();
        UserDraft first = new UserDraft("tiepdan", "Trần Thị Bình", "binh@tiendu.danvan.example", "0987000001",
                shown.unitIds());
        UserDraft second = new UserDraft("tiepdan", "Trần Thị Bình", null, "0987000002",
                List.of(shown.unitIds().get(0), f.unitId("24003-01")));
        UserSummary saved = f.users.update(admin, shown.id(), shown.version(), first);
        assertThrows(OptimisticLockException.class, () -> f.users.update(admin, shown.id(), shown.version(), second));
        UserSummary now = f.users.get(admin, shown.id()).orElseThrow();
        assertEquals("0987000001", now.phone());
        assertEquals(saved.version(), now.version());
        assertEquals(1, now.unitIds().size(), "nothing of the refused edit was stored");
        // a membership-only change moves the version too
        UserSummary moved = f.users.update(admin, shown.id(), now.version(), second);
        assertEquals(now.version() + 1, moved.version());
        assertEquals(2, moved.unitIds().size());
        assertEquals("0987000001 → 0987000002",
                f.audit.events("identity.user.updated").get(1).details().get("phone"));
    }
}
