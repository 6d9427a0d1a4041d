package org.danvan.rest.internal.tokens;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.danvan.rest.api.ApiPermissions;
import org.danvan.rest.api.ApiToken;
import org.danvan.rest.api.ApiTokenService;
import org.danvan.rest.api.IssuedToken;
import org.danvan.rest.api.TokenRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/** Personal access tokens on the API module's persistence unit, deciding with the platform's access control. */
@Component(service = { ApiTokenService.class, TokenAuthentication.class }, immediate = true)
public class ApiTokenServiceImpl implements ApiTokenService, TokenAuthentication {

    /** The API module's persistence unit. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("api", "db/api/changelog.xml",
            TokenEntity.class);

    static final String NAME_REQUIRED = "api.validation.token.name.required";
    static final String NAME_TOO_LONG = "api.validation.token.name.tooLong";
    static final String EXPIRY_REQUIRED = "api.validation.token.expiry.required";
    static final String EXPIRY_PAST = "api.validation.token.expiry.notAfterToday";
    static final String EXPIRY_TOO_FAR = "api.validation.token.expiry.tooFar";
    static final String SCOPE_EMPTY = "api.validation.token.scope.empty";
    static final String SCOPE_NOT_HELD = "api.validation.token.scope.notHeld";
    static final String TOO_MANY = "api.validation.token.tooMany";
    static final String UNKNOWN = "api.validation.token.unknown";

    private final EntityStore store;
    private final AccessControl access;
    private final AuthenticationService authentication;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public ApiTokenServiceImpl(@Reference PersistenceService persistence, @Reference AccessControl access,
            @Reference AuthenticationService authentication, @Reference AuditTrail audit) {
        this(persistence, access, authentication, audit, PlatformTime.clock(), 0);
    }

    /** With a clock of the caller's (tests); the last parameter only gives this constructor another arity. */
    public ApiTokenServiceImpl(PersistenceService persistence, AccessControl access,
            AuthenticationService authentication, AuditTrail audit, Clock clock, int unused) {
        this.access = access;
        this.authentication = authentication;
        this.audit = audit;
        this.clock = clock;
        this.store = persistence.open(UNIT);
    }

    @Deactivate
    public void deactivate() {
        store.close();
    }

    @Override
    public IssuedToken create(UserPrincipal user, TokenRequest request) {
        requireManager(user);
        LocalDate today = PlatformTime.today(clock);
        String name = request.name() == null ? "" : request.name().strip();
        List<Violation> violations = new ArrayList<>();
        if (name.isEmpty()) {
            violations.add(Violation.of("name", NAME_REQUIRED));
        } else if (name.length() > 100) {
            violations.add(Violation.of("name", NAME_TOO_LONG, 100));
        }
        if (request.expiresOn() == null) {
            violations.add(Violation.of("expiresOn", EXPIRY_REQUIRED));
        } else if (!request.expiresOn().isAfter(today)) {
            violations.add(Violation.of("expiresOn", EXPIRY_PAST));
        } else if (request.expiresOn().isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            violations.add(Violation.of("expiresOn", EXPIRY_TOO_FAR, MAX_VALIDITY_DAYS));
        }
        if (request.scope().isEmpty()) {
            violations.add(Violation.of("scope", SCOPE_EMPTY));
        }
        for (String permission : new TreeSet<>(request.scope())) {
            if (!access.isPermittedSomewhere(user, permission)) {
                violations.add(Violation.of("scope", SCOPE_NOT_HELD, permission));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        TokenSecrets.Parts parts = TokenSecrets.generate();
        ApiToken token = store.audited(em -> {
            long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.userId = :u"
                    + " AND t.revokedAt IS NULL AND t.expiresOn >= :today", Long.class)
                    .setParameter("u", user.userId()).setParameter("today", today).getSingleResult();
            if (active >= MAX_ACTIVE_PER_USER) {
                throw ValidationException.of(null, TOO_MANY, MAX_ACTIVE_PER_USER);
            }
            TokenEntity entity = new TokenEntity();
            entity.setPublicId(parts.publicId());
            entity.setSecretHash(TokenSecrets.hash(parts.secret()));
            entity.setName(name);
            entity.setUserId(user.userId());
            entity.setUserLogin(user.login());
            entity.setScope(String.join(",", new TreeSet<>(request.scope())));
            entity.setCreatedAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            entity.setExpiresOn(request.expiresOn());
            em.persist(entity);
            em.flush();
            return toToken(entity);
        }, created -> audit.record(new AuditEvent("api.token.created", user.login(), user.userId(), "api-token",
                String.valueOf(created.id()), user.orgUnitId(), details(created), null)));
        return new IssuedToken(token, parts.text());
    }

    private static Map<String, String> details(ApiToken token) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("publicId", token.publicId());
        details.put("name", token.name());
        details.put("owner", token.userLogin());
        details.put("scope", String.join(",", new TreeSet<>(token.scope())));
        details.put("expiresOn", token.expiresOn().toString());
        return details;
    }

    @Override
    public List<ApiToken> mine(UserPrincipal user) {
        return store.read(em -> em.createQuery("SELECT t FROM ApiToken t WHERE t.userId = :u ORDER BY t.id DESC",
                TokenEntity.class).setParameter("u", user.userId()).getResultList().stream()
                .map(ApiTokenServiceImpl::toToken).toList());
    }

    @Override
    public List<ApiToken> all(UserPrincipal admin) {
        requireAdmin(admin);
        return store.read(em -> em.createQuery("SELECT t FROM ApiToken t ORDER BY t.id DESC", TokenEntity.class)
                .setMaxResults(1000).getResultList().stream().map(ApiTokenServiceImpl::toToken).toList());
    }

    @Override
    public ApiToken revoke(UserPrincipal user, String tokenId) {
        boolean admin = isAdmin(user);
        if (!admin) {
            requireManager(user);
        }
        return store.audited(em -> {
            TokenEntity entity = find(em, tokenId)
                    .filter(t -> admin || t.getUserId() == user.userId())
                    .orElseThrow(() -> ValidationException.of("token", UNKNOWN, String.valueOf(tokenId)));
            if (entity.getRevokedAt() == null) {
                entity.setRevokedAt(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
                entity.setRevokedBy(user.login());
                em.flush();
            }
            return toToken(entity);
        }, revoked -> audit.record(new AuditEvent("api.token.revoked", user.login(), user.userId(), "api-token",
                String.valueOf(revoked.id()), user.orgUnitId(), details(revoked), null)));
    }

    private static Optional<TokenEntity> find(EntityManager em, String tokenId) {
        if (tokenId == null) {
            return Optional.empty();
        }
        String key = tokenId.strip();
        if (key.matches("\\d{1,18}")) {
            return Optional.ofNullable(em.find(TokenEntity.class, Long.parseLong(key)));
        }
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.publicId = :p", TokenEntity.class)
                .setParameter("p", key).getResultStream().findFirst();
    }

    @Override
    public List<String> grantablePermissions(UserPrincipal user) {
        return new TreeSet<>(user.permissions()).stream().filter(p -> access.isPermittedSomewhere(user, p)).toList();
    }

    @Override
    public Optional<Bearer> authenticate(String tokenText) {
        Optional<TokenSecrets.Parts> parts = TokenSecrets.parse(tokenText);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        Optional<TokenEntity> row = store.read(em -> em.createQuery(
                "SELECT t FROM ApiToken t WHERE t.publicId = :p", TokenEntity.class)
                .setParameter("p", parts.get().publicId()).getResultStream().findFirst());
        // compare even without a row, so an unknown id takes as long as a wrong secret
        String storedHash = row.map(t -> t.getSecretHash()).orElse("0".repeat(64));
        boolean secretMatches = TokenSecrets.matches(parts.get().secret(), storedHash);
        if (row.isEmpty() || !secretMatches) {
            return Optional.empty();
        }
        ApiToken token = toToken(row.get());
        if (!token.isActiveOn(PlatformTime.today(clock))) {
            return Optional.empty();
        }
        return authentication.principalOf(token.userLogin())
                .filter(owner -> owner.userId() == token.userId())
                .map(owner -> {
                    Set<String> effective = new HashSet<>(token.scope());
                    effective.removeIf(p -> !access.isPermittedSomewhere(owner, p));
                    UserPrincipal narrowed = new UserPrincipal(owner.userId(), owner.login(), owner.fullName(),
                            owner.orgUnitId(), owner.orgUnitName(), effective);
                    return new Bearer(token.id(), token.publicId(), narrowed, effective);
                });
    }

    private void requireManager(UserPrincipal user) {
        if (user == null || !access.isPermittedSomewhere(user, ApiPermissions.TOKEN_MANAGE)) {
            throw new AccessDeniedException(user == null ? "<none>" : user.login(), ApiPermissions.TOKEN_MANAGE,
                    user == null || user.orgUnitId() == null ? -1 : user.orgUnitId());
        }
    }

    private boolean isAdmin(UserPrincipal user) {
        return user != null && access.isPermittedSomewhere(user, ApiPermissions.TOKEN_ADMIN);
    }

    private void requireAdmin(UserPrincipal user) {
        if (!isAdmin(user)) {
            throw new AccessDeniedException(user == null ? "<none>" : user.login(), ApiPermissions.TOKEN_ADMIN,
                    user == null || user.orgUnitId() == null ? -1 : user.orgUnitId());
        }
    }

    private static ApiToken toToken(TokenEntity e) {
        return new ApiToken(e.getId(), e.getPublicId(), e.getName(), e.getUserId(), e.getUserLogin(),
                e.getScope().isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(e.getScope().split(","))),
                e.getCreatedAt().toInstant(ZoneOffset.UTC), e.getExpiresOn(),
                e.getRevokedAt() == null ? null : e.getRevokedAt().toInstant(ZoneOffset.UTC), e.getRevokedBy(), e.getVersion());
    }
}
