package org.danvan.identity.internal;

import java.io.OutputStream;
import java.io.PrintStream;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.UserAdmin;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;

/** The wired services on a seeded demo database, for tests in other packages of this bundle. */
public final class IdentityTestAccess implements AutoCloseable {

    private final ModuleTestDatabase database;
    private final IdentityFixture fixture;

    private IdentityTestAccess(ModuleTestDatabase database) {
        this.database = database;
        this.fixture = new IdentityFixture(database.open(IdentityDatabase.UNIT), IdentityContractBase.HASHER);
        fixture.seedDemo(new PrintStream(OutputStream.nullOutputStream()));
        fixture.contribute(IdentityFixture.identityPermissions());
    }

    public static IdentityTestAccess demo(ModuleTestDatabase database) {
        return new IdentityTestAccess(database);
    }

    public AuthenticationService authentication() {
        return fixture.authentication;
    }

    public AccessControl access() {
        return fixture.access;
    }

    public OrgUnitDirectory directory() {
        return fixture.directory;
    }

    public OrgUnitAdmin units() {
        return fixture.units;
    }

    public UserAdmin users() {
        return fixture.users;
    }

    public RoleAdmin roles() {
        return fixture.roles;
    }

    @Override
    public void close() {
        database.close();
    }
}
