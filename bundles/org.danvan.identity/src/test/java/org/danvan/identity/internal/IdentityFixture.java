package org.danvan.identity.internal;

import java.io.PrintStream;
import java.time.Instant;

import org.danvan.identity.internal.access.AccessControlService;
import org.danvan.identity.internal.access.PermissionRegistry;
import org.danvan.identity.internal.access.RoleAdminService;
import org.danvan.identity.internal.org.OrgUnitAdminService;
import org.danvan.identity.internal.user.AccountServiceImpl;
import org.danvan.identity.internal.user.UserAdminService;
import org.danvan.identity.internal.org.OrgUnitDirectoryService;
import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.api.EntityStore;

/** The identity core's services wired by hand, as DS wires them in Karaf, on one real database. */
final class IdentityFixture {

    static final Instant START = Instant.parse("2026-03-02T01:30:00Z");

    final EntityStore store;
    final PasswordHasher hasher;
    final MutableClock clock = new MutableClock(START);
    final RecordingAuditTrail audit = new RecordingAuditTrail();
    final OrgUnitDirectoryService directory;
    final AccessControlService access;
    final PermissionRegistry permissions;
    final IdentityAuthenticationService authentication;
    final UserAdminService users;
    final RoleAdminService roles;
    final OrgUnitAdminService units;
    final AccountServiceImpl account;

    IdentityFixture(EntityStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
        directory = OrgUnitDirectoryService.on(store);
        access = AccessControlService.on(store, directory);
        permissions = new PermissionRegistry(store, access, clock);
        IdentityAudit identityAudit = new IdentityAudit(audit);
        authentication = new IdentityAuthenticationService(store, hasher, access, permissions, identityAudit, clock);
        users = new UserAdminService(store, directory, access, hasher, identityAudit, clock);
        roles = RoleAdminService.on(store, directory, access, permissions, identityAudit);
        units = new OrgUnitAdminService(store, directory, access, identityAudit, clock);
        account = new AccountServiceImpl(store, hasher, identityAudit, clock);
    }

    /** Seeds the demo province (roles first) and reloads the directory. */
    FirstRunSeeder.Outcome seedDemo(PrintStream console) {
        FirstRunSeeder.Outcome outcome = new FirstRunSeeder(store, hasher, clock, console, () -> "unused".toCharArray())
                .seedIfEmpty(true);
        directory.reload();
        return outcome;
    }

    /** Registers contributions as DS would bind them. */
    IdentityFixture contribute(PermissionContribution... contributions) {
        for (PermissionContribution contribution : contributions) {
            permissions.addPermission(contribution);
        }
        return this;
    }

    /** The id of a unit by code. */
    long unitId(String code) {
        return directory.findByCode(code).orElseThrow().id();
    }

    /** The principal of a demo user without going through a password check. */
    UserPrincipal principal(String login) {
        return authentication.principalOf(login).orElseThrow();
    }

    /** Every permission this bundle contributes. */
    static PermissionContribution[] identityPermissions() {
        return new PermissionContribution[] { new ManageUsersPermission(), new ManageUnitsPermission(),
                new ManageRolesPermission(), new ProfilePermission(),
                new org.danvan.identity.internal.console.ConsolePermission() };
    }
}
