package org.danvan.rest.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.outage.DatabaseOutage;
import org.danvan.platform.api.rest.RestRequest;
import org.danvan.platform.api.rest.RestResource;
import org.danvan.platform.api.rest.RestResponse;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rest.internal.tokens.Bearer;
import org.danvan.rest.internal.tokens.TokenAuthentication;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/*} on the Servlet Whiteboard, beside the Vaadin servlet at {@code /*} (the longer pattern wins):
 * {@code /api/v1/openapi.json} and {@code /api/v1/docs} for anyone, every other {@code /api/v1/} path for the bearer
 * of a valid personal access token, within the token's rate limit and scope. Each authenticated call is audited
 * ({@code api.call}: user, token, method, path, status) before its answer is sent, so no data leaves unaudited.
 */
@Component(service = Servlet.class, immediate = true, configurationPid = "org.danvan.rest", property = {
    "osgi.http.whiteboard.servlet.name=danvan-api",
    "osgi.http.whiteboard.servlet.pattern=/api/*",
    "osgi.http.whiteboard.servlet.asyncSupported=true" })
@Designate(ocd = ApiConfiguration.class)
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    private static final String PREFIX = "/v1";
    static final String MALFORMED_JSON = "api.error.malformedJson";
    static final String NOT_AUTHENTICATED = "api.error.notAuthenticated";
    static final String RATE_LIMITED = "api.error.rateLimited";
    static final String NOT_IN_SCOPE = "api.error.notInScope";
    static final String NOT_FOUND = "api.error.notFound";
    static final String METHOD_NOT_ALLOWED = "api.error.methodNotAllowed";
    static final String CONFLICT = "api.error.conflict";
    static final String INTERNAL = "api.error.internal";
    static final String DATABASE_UNAVAILABLE = "api.error.databaseUnavailable";
    static final String UNSUPPORTED_MEDIA = "api.error.unsupportedMediaType";
    static final String TOO_LARGE = "api.error.tooLarge";

    private final transient TokenAuthentication tokens;
    private final transient AuditTrail audit;
    private final transient Routes routes = new Routes();
    private final transient RateLimiter tokenLimiter;
    private final transient RateLimiter anonymousLimiter;
    private final int maxBodyBytes;
    private final String version;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Translator translator;

    @Activate
    public ApiServlet(@Reference TokenAuthentication tokens, @Reference AuditTrail audit,
            ApiConfiguration configuration, BundleContext context) {
        this.tokens = tokens;
        this.audit = audit;
        this.tokenLimiter = new RateLimiter(Math.max(1, configuration.requestsPerMinute()), 100_000,
                PlatformTime.clock());
        this.anonymousLimiter = new RateLimiter(Math.max(1, configuration.anonymousRequestsPerMinute()), 10_000,
                PlatformTime.clock());
        this.maxBodyBytes = Math.max(1, configuration.maxBodyKilobytes()) * 1024;
        this.version = context.getBundle().getVersion().toString();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource) {
        routes.add(resource);
    }

    void removeResource(RestResource resource) {
        routes.remove(resource);
    }

    /**
     * Serves one call; whatever fails outside the resource's own handling (the token's look-up, the audit entry, the
     * writing of the answer) is answered here as JSON too, never by the container's error page, which would show the
     * exception, its SQL and its causes to the caller.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        try {
            serve(request, response, locale);
        } catch (RuntimeException e) {
            Answer answer = unexpected(e, request.getMethod() + " " + request.getPathInfo(), locale);
            if (!response.isCommitted()) {
                response.resetBuffer();
                if (answer.status() == 503) {
                    response.setHeader("Retry-After", "10");
                }
                json(response, answer.status(), answer.body());
            }
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String method = request.getMethod();
        response.setHeader("Cache-Control", "no-store");
        if (!path.startsWith(PREFIX + "/")) {
            error(response, 404, "not-found", NOT_FOUND, locale);
            return;
        }
        String local = path.substring(PREFIX.length());
        if (local.equals(OpenApiDocument.PATH) && "GET".equals(method)) {
            json(response, 200, OpenApiDocument.of(routes.all(), version));
            return;
        }
        if (local.equals(OpenApiDocument.DOCS_PATH) && "GET".equals(method)) {
            response.setStatus(200);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(OpenApiDocument.html(routes.all()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Bearer> bearer = bearer(request);
        if (bearer.isEmpty()) {
            OptionalLong wait = anonymousLimiter.acquire("address:" + address);
            if (wait.isPresent()) {
                tooMany(response, wait.getAsLong(), locale);
                return;
            }
            if (request.getHeader("Authorization") != null) {
                audit.record(new AuditEvent("api.auth.failed", "anonymous", null, null, null, null,
                        Map.of("method", method, "path", local), address));
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"danvan\"");
            error(response, 401, "not-authenticated", NOT_AUTHENTICATED, locale);
            return;
        }
        Bearer caller = bearer.get();
        OptionalLong wait = tokenLimiter.acquire("token:" + caller.tokenId());
        if (wait.isPresent()) {
            LOG.debug("rate limit of API token {} reached", caller.publicId());
            tooMany(response, wait.getAsLong(), locale);
            return;
        }
        Optional<Routes.Match> match = routes.match(method, local);
        Answer answer;
        if (match.isEmpty()) {
            answer = routes.pathExists(local) ? failure(405, "method-not-allowed", METHOD_NOT_ALLOWED, locale)
                    : failure(404, "not-found", NOT_FOUND, locale);
        } else {
            answer = call(match.get(), caller, request, local, locale);
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("method", method);
        details.put("path", local);
        details.put("status", String.valueOf(answer.status()));
        match.ifPresent(m -> details.put("operation", m.route().operation().operationId()));
        UserPrincipal user = caller.user();
        // audited before the answer is written: an answer that cannot be audited is not sent
        audit.record(new AuditEvent("api.call", user.login(), user.userId(), "api-token",
                String.valueOf(caller.tokenId()), user.orgUnitId(), details, address));
        json(response, answer.status(), answer.body());
    }

    private record Answer(int status, Object body) {
    }

    private Answer call(Routes.Match match, Bearer caller, HttpServletRequest request, String local, Locale locale)
            throws IOException {
        var operation = match.route().operation();
        if (!caller.allows(operation.permission())) {
            return failure(403, "not-in-scope", NOT_IN_SCOPE, locale, operation.permission());
        }
        Map<String, Object> body = Map.of();
        if (operation.requestBody() != null) {
            String type = request.getContentType();
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return failure(415, "unsupported-media-type", UNSUPPORTED_MEDIA, locale);
            }
            Optional<String> text = readBody(request);
            if (text.isEmpty()) {
                return failure(413, "too-large", TOO_LARGE, locale, maxBodyBytes / 1024);
            }
            try {
                Object parsed = Json.read(text.get());
                if (!(parsed instanceof Map<?, ?> map)) {
                    return failure(400, "malformed-json", MALFORMED_JSON, locale);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                body = Collections.unmodifiableMap(object);
            } catch (Json.MalformedJsonException e) {
                return failure(400, "malformed-json", MALFORMED_JSON, locale);
            }
        }
        RestRequest restRequest = new HttpRestRequest(caller, locale, match.variables(), request, body);
        try {
            RestResponse answer = operation.handler().handle(restRequest);
            if (answer.status() == 404) {
                return failure(404, "not-found", NOT_FOUND, locale);
            }
            return new Answer(answer.status(), answer.body());
        } catch (ValidationException e) {
            List<Object> violations = new ArrayList<>();
            for (Violation v : e.violations()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("field", v.field());
                item.put("key", v.messageKey());
                item.put("message", translate(v.messageKey(), locale, v.args().toArray()));
                violations.add(item);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("error", "validation");
            out.put("message", violations.isEmpty() ? "" : ((Map<?, ?>) violations.get(0)).get("message"));
            out.put("violations", violations);
            return new Answer(422, out);
        } catch (AccessDeniedException e) {
            LOG.debug("API call {} refused: {}", local, e.getMessage());
            return failure(403, "access-denied", AccessDeniedException.MESSAGE_KEY, locale);
        } catch (OptimisticLockException e) {
            return failure(409, "conflict", CONFLICT, locale);
        } catch (RuntimeException e) {
            return unexpected(e, operation.operationId(), locale);
        }
    }

    /**
     * A failure nobody handled: 503 with a one-line log entry when the database is out of reach (the pool reconnects
     * by itself; the client may retry), else 500 with the stack trace in the log. The answer never carries the
     * exception.
     */
    private Answer unexpected(RuntimeException e, String what, Locale locale) {
        if (DatabaseOutage.isCause(e)) {
            LOG.warn("API call {}: database unavailable ({})", what, DatabaseOutage.rootMessage(e));
            return failure(503, "database-unavailable", DATABASE_UNAVAILABLE, locale);
        }
        LOG.error("API call {} failed", what, e);
        return failure(500, "internal", INTERNAL, locale);
    }

    private Optional<String> readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private Optional<Bearer> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.authenticate(header.substring(7).strip());
    }

    private Answer failure(int status, String code, String key, Locale locale, Object... args) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error", code);
        out.put("message", translate(key, locale, args));
        return new Answer(status, out);
    }

    private void error(HttpServletResponse response, int status, String code, String key, Locale locale)
            throws IOException {
        Answer answer = failure(status, code, key, locale);
        json(response, answer.status(), answer.body());
    }

    private void tooMany(HttpServletResponse response, long seconds, Locale locale) throws IOException {
        response.setHeader("Retry-After", String.valueOf(seconds));
        Answer answer = failure(429, "rate-limited", RATE_LIMITED, locale, seconds);
        json(response, answer.status(), answer.body());
    }

    private String translate(String key, Locale locale, Object... args) {
        Translator current = translator;
        return current == null ? key : current.translate(key, locale, args);
    }

    private static void json(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = (body == null ? "" : Json.write(body)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The first of the caller's languages that DanVan speaks; Vietnamese when none. */
    static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Translator.LANGUAGES.get(0);
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale spoken : Translator.LANGUAGES) {
                if (spoken.getLanguage().equals(wanted.getLanguage())) {
                    return spoken;
                }
            }
        }
        return Translator.LANGUAGES.get(0);
    }
}
