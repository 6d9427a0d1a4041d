package org.danvan.identity.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.danvan.identity.internal.password.PasswordHasher;
import org.danvan.platform.api.security.PermissionContribution;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh database per test with the identity services wired on it; subclasses choose H2 or MariaDB. */
abstract class IdentityContractBase {

    /** One hasher for all tests: its decoy and demo hashes cost the same as in production. */
    static final PasswordHasher HASHER = new PasswordHasher();

    protected ModuleTestDatabase database;
    protected EntityStore store;
    protected IdentityFixture f;

    protected abstract ModuleTestDatabase createDatabase();

    @BeforeEach
    void openStore() {
        database = createDatabase();
        store = database.open(IdentityDatabase.UNIT);
        f = new IdentityFixture(store, HASHER);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    /** Seeds the demo province with every identity permission contributed. */
    void seedDemo(PermissionContribution... more) {
        f.seedDemo(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        f.contribute(IdentityFixture.identityPermissions());
        f.contribute(more);
    }

    static PermissionContribution permission(String id, String... roles) {
        return IdentityStoreContract.permission(id, roles);
    }

    /** The message keys of a refusal. */
    static Set<String> keys(ValidationException e) {
        return Set.copyOf(e.violations().stream().map(Violation::messageKey).toList());
    }
}
