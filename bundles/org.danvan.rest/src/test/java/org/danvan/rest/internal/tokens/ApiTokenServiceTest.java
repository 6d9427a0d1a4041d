package org.danvan.rest.internal.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rest.api.ApiPermissions;
import org.danvan.rest.api.ApiToken;
import org.danvan.rest.api.IssuedToken;
import org.danvan.rest.api.TokenRequest;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens on a real database, once on H2 and once on MariaDB: hashing, expiry, scope, revocation, audit. */
@OnEveryDatabase
class ApiTokenServiceTest {

    /** 18:00 UTC on 1 March is already 2 March in Vietnam. */
    private static final Instant NOW = Instant.parse("2026-03-01T18:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static final UserPrincipal OFFICER = user(21, "tiepdan", FakeUnits.TIEN_DU);
    private static final UserPrincipal OTHER = user(22, "xuly.lim", FakeUnits.LIM);
    private static final UserPrincipal ADMIN = user(1, "admin", FakeUnits.PROVINCE);

    private static UserPrincipal user(long id, String login, long unit) {
        return new UserPrincipal(id, login, login, unit, "unit",
                Set.of("case.view", "case.intake", "case.unmask", ApiPermissions.TOKEN_MANAGE,
                        ApiPermissions.TOKEN_ADMIN));
    }

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(OFFICER, FakeUnits.TIEN_DU, "case.view", "case.intake", ApiPermissions.TOKEN_MANAGE)
            .grant(OTHER, FakeUnits.LIM, "case.view", ApiPermissions.TOKEN_MANAGE)
            .grant(ADMIN, FakeUnits.PROVINCE, "case.view", ApiPermissions.TOKEN_MANAGE, ApiPermissions.TOKEN_ADMIN);
    private final SettableClock clock = SettableClock.at(NOW);
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private final Map<String, UserPrincipal> accounts = new HashMap<>(Map.of(OFFICER.login(), OFFICER,
            OTHER.login(), OTHER, ADMIN.login(), ADMIN));
    private final AuthenticationService authentication = new AuthenticationService() {
        @Override
        public AuthenticationResult authenticate(String login, char[] password, String remoteAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserPrincipal> refresh(UserPrincipal principal) {
            return principalOf(principal.login());
        }

        @Override
        public Optional<UserPrincipal> principalOf(String login) {
            return Optional.ofNullable(accounts.get(login));
        }
    };
    private ApiTokenServiceImpl service;

    @BeforeEach
    void start(TestDatabase database) {
        service = new ApiTokenServiceImpl(database, access, authentication, audit, clock, 0);
    }

    @AfterEach
    void stop() {
        service.deactivate();
    }

    private IssuedToken create(UserPrincipal user, Set<String> scope) {
        return service.create(user, new TokenRequest("Cổng dịch vụ công", TODAY.plusDays(30), scope));
    }

    private static List<String> keys(ValidationException e) {
        return e.violations().stream().map(Violation::messageKey).toList();
    }

    @Test
    void aTokenActsAsItsOwnerWithItsScopeOnly() {
        IssuedToken issued = create(OFFICER, Set.of("case.view"));
        Bearer bearer = service.authenticate(issued.secretText()).orElseThrow();
        assertEquals(OFFICER.userId(), bearer.user().userId());
        assertEquals("tiepdan", bearer.user().login());
        assertEquals(Set.of("case.view"), bearer.scope());
        assertEquals(Set.of("case.view"), bearer.user().permissions(), "the principal carries the scope only");
        assertTrue(bearer.allows("case.view"));
        assertFalse(bearer.allows("case.intake"), "held by the user but not given to the token");
        assertEquals(issued.token().id(), bearer.tokenId());
    }

    @Test
    void onlyTheHashIsStoredAndTheTokenIsShownOnce() {
        IssuedToken issued = create(OFFICER, Set.of("case.view"));
        TokenSecrets.Parts parts = TokenSecrets.parse(issued.secretText()).orElseThrow();
        ApiToken listed = service.mine(OFFICER).get(0);
        assertEquals(parts.publicId(), listed.publicId());
        assertFalse(listed.toString().contains(parts.secret()));
        assertFalse(issued.toString().contains(parts.secret()));
        assertTrue(audit.events().stream().noneMatch(e -> e.details().toString().contains(parts.secret())),
                "the secret is not in the audit trail");
        assertEquals("api.token.created", audit.last().action());
        assertEquals(String.valueOf(listed.id()), audit.last().targetId());
    }

    @Test
    void aWrongSecretOrAnUnknownIdIsRefused() {
        IssuedToken issued = create(OFFICER, Set.of("case.view"));
        TokenSecrets.Parts parts = TokenSecrets.parse(issued.secretText()).orElseThrow();
        TokenSecrets.Parts wrong = new TokenSecrets.Parts(parts.publicId(), TokenSecrets.generate().secret());
        assertTrue(service.authenticate(wrong.text()).isEmpty());
        TokenSecrets.Parts unknown = new TokenSecrets.Parts("0123456789abcdef", parts.secret());
        assertTrue(service.authenticate(unknown.text()).isEmpty());
        assertTrue(service.authenticate("Bearer " + issued.secretText()).isEmpty());
    }

    @Test
    void aTokenWorksThroughItsLastDayAndNotAfter() {
        IssuedToken issued = service.create(OFFICER, new TokenRequest("ngắn", TODAY.plusDays(1), Set.of("case.view")));
        clock.setDay(TODAY.plusDays(1));
        assertTrue(service.authenticate(issued.secretText()).isPresent(), "valid on its expiry day");
        clock.advance(Duration.ofDays(1));
        assertTrue(service.authenticate(issued.secretText()).isEmpty(), "expired the day after");
    }

    @Test
    void aRevokedTokenIsRefusedAndTheRevocationAudited() {
        IssuedToken issued = create(OFFICER, Set.of("case.view"));
        ApiToken revoked = service.revoke(OFFICER, issued.token().publicId());
        assertNotNull(revoked.revokedAt());
        assertEquals("tiepdan", revoked.revokedBy());
        assertTrue(service.authenticate(issued.secretText()).isEmpty());
        assertEquals("api.token.revoked", audit.last().action());
        // revoking again changes nothing
        assertEquals(revoked.revokedAt(), service.revoke(OFFICER, String.valueOf(revoked.id())).revokedAt());
    }

    @Test
    void someoneElsesTokenIsUnknownToAUserButAnAdministratorRevokesIt() {
        IssuedToken issued = create(OFFICER, Set.of("case.view"));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.revoke(OTHER, String.valueOf(issued.token().id())));
        assertEquals(List.of(ApiTokenServiceImpl.UNKNOWN), keys(refused));
        assertThrows(AccessDeniedException.class, () -> service.all(OTHER));
        assertEquals(1, service.all(ADMIN).size());
        service.revoke(ADMIN, issued.token().publicId());
        assertTrue(service.authenticate(issued.secretText()).isEmpty());
    }

    @Test
    void theScopeIsASubsetOfTheUsersOwnPermissions() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> create(OTHER, Set.of("case.view", "case.intake")));
        assertEquals(List.of(ApiTokenServiceImpl.SCOPE_NOT_HELD), keys(refused));
        assertEquals(List.of("case.intake"), refused.violations().get(0).args());
        refused = assertThrows(ValidationException.class, () -> create(OTHER, Set.of()));
        assertEquals(List.of(ApiTokenServiceImpl.SCOPE_EMPTY), keys(refused));
        assertEquals(List.of(ApiPermissions.TOKEN_MANAGE, "case.view"), service.grantablePermissions(OTHER),
                "the principal's case.unmask and api.token.admin are not held by its roles");
    }

    @Test
    void aPermissionTheOwnerLosesLeavesTheTokensScope() {
        IssuedToken issued = create(OFFICER, Set.of("case.view", "case.intake"));
        access.revokeAll(OFFICER, FakeUnits.TIEN_DU).grant(OFFICER, FakeUnits.TIEN_DU, "case.view");
        assertEquals(Set.of("case.view"), service.authenticate(issued.secretText()).orElseThrow().scope());
        accounts.remove(OFFICER.login());
        assertTrue(service.authenticate(issued.secretText()).isEmpty(), "a locked or removed owner");
    }

    @Test
    void nameAndExpiryAreValidated() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.create(OFFICER, new TokenRequest("  ", TODAY, Set.of("case.view"))));
        assertEquals(List.of(ApiTokenServiceImpl.NAME_REQUIRED, ApiTokenServiceImpl.EXPIRY_PAST), keys(refused));
        refused = assertThrows(ValidationException.class, () -> service.create(OFFICER,
                new TokenRequest("x".repeat(101), TODAY.plusDays(367), Set.of("case.view"))));
        assertEquals(List.of(ApiTokenServiceImpl.NAME_TOO_LONG, ApiTokenServiceImpl.EXPIRY_TOO_FAR), keys(refused));
        refused = assertThrows(ValidationException.class,
                () -> service.create(OFFICER, new TokenRequest("a", null, Set.of("case.view"))));
        assertEquals(List.of(ApiTokenServiceImpl.EXPIRY_REQUIRED), keys(refused));
        assertTrue(service.mine(OFFICER).isEmpty(), "nothing stored");
    }

    @Test
    void withoutTheManagePermissionNoTokenIsCreated() {
        UserPrincipal observer = user(30, "quansat", FakeUnits.TIEN_DU);
        access.grant(observer, FakeUnits.TIEN_DU, "case.view");
        assertThrows(AccessDeniedException.class, () -> create(observer, Set.of("case.view")));
    }
}
