package org.danvan.platform.shell.internal.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.danvan.platform.api.outage.DatabaseOutage;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security headers on every response of DanVan's web context (the shell, every module's screens, the citizen page,
 * static resources), set before the servlet writes anything:
 * <ul>
 * <li>a Content-Security-Policy Vaadin Flow works with: scripts, styles, fonts, images and connections (XHR, push)
 * from this origin only; inline scripts and {@code eval} allowed because Flow's bootstrap and
 * {@code executeJs} need them (the remaining protection against injected script is that every text is rendered as
 * text, which HostileText tests check); no plugins; no {@code <base>} or form target elsewhere;
 * {@code frame-ancestors 'none'} — DanVan is never framed (clickjacking on the unmask and decision buttons);</li>
 * <li>{@code X-Frame-Options: DENY} for browsers without CSP level 2, {@code X-Content-Type-Options: nosniff} (an
 * uploaded attachment is never sniffed into HTML), {@code Referrer-Policy: same-origin} (tracking codes and case
 * ids in URLs never leave), a {@code Permissions-Policy} denying camera, microphone, geolocation and payment, and
 * {@code Cross-Origin-Opener-Policy: same-origin};</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS (directly, or from a proxy Jetty believes:
 * {@code request.isSecure()}).</li>
 * </ul>
 * The session cookie gets {@code SameSite=Lax} here too: Jetty 12 would take it from
 * {@code SessionCookieConfig.setAttribute}, but Pax Web starts the context before any DanVan code runs and offers
 * no setting for it, and a context attribute set by the servlet does not reach Jetty's session manager. So the
 * request is wrapped, and when a session is created or its id changed (sign-in, sign-out) the {@code Set-Cookie}
 * headers Jetty has just added to the still uncommitted response are written again with {@code SameSite=Lax}.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.name=danvan-security-headers",
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.asyncSupported=true",
    "osgi.http.whiteboard.filter.dispatcher=REQUEST",
    "osgi.http.whiteboard.filter.dispatcher=ERROR" })
public final class SecurityHeadersFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityHeadersFilter.class);

    /** The policy; Vaadin Flow 24 in production mode works under it (SecurityHeadersIT signs in and navigates). */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    static final String HSTS = "max-age=31536000";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            http.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            if (httpRequest.isSecure()) {
                http.setHeader("Strict-Transport-Security", HSTS);
            }
            try {
                chain.doFilter(new SameSiteSessionRequest(httpRequest, http), response);
            } catch (RuntimeException | ServletException e) {
                answerFailure(httpRequest, http, e);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * A failure that escaped a servlet of the context (a module's, a vendor's, the REST API's): logged here, answered
     * with a plain page that names no exception, class, SQL or path. Left to Jetty, its error page would show the
     * exception's message and causes to whoever called. A database outage is a 503 with one log line.
     */
    static void answerFailure(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws IOException {
        boolean outage = DatabaseOutage.isCause(failure);
        if (outage) {
            LOG.warn("{} {}: database unavailable ({})", request.getMethod(), request.getRequestURI(),
                    DatabaseOutage.rootMessage(failure));
        } else {
            // WARN, not ERROR: before this filter such failures went to Jetty's own handling and never showed as ERROR
            // lines; besides real failures of a module's servlet this also sees Vaadin's own races on a push request
            // of a session just ended (an NPE in closeInactiveUIs)
            LOG.warn("{} {} failed", request.getMethod(), request.getRequestURI(), failure);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(outage ? 503 : 500);
        if (outage) {
            response.setHeader("Retry-After", "10");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(outage ? FAILURE_PAGE.formatted(
                "Cơ sở dữ liệu tạm thời không truy cập được. Xin thử lại sau ít phút.",
                "The database cannot be reached at the moment. Please try again in a few minutes.")
                : FAILURE_PAGE.formatted("Lỗi hệ thống. Quản trị viên có thể xem chi tiết trong nhật ký.",
                        "System error. An administrator can see the details in the log."));
    }

    /** Vietnamese first, then English: the page has no session, hence no chosen language. */
    private static final String FAILURE_PAGE = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
            + "<title>DanVan</title></head><body><p>%s</p><p lang=\"en\">%s</p></body></html>";

    /** Appends {@code SameSite=Lax} to every {@code Set-Cookie} header of the response that has no SameSite. */
    static void markSameSite(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        List<String> cookies = List.copyOf(response.getHeaders("Set-Cookie"));
        if (cookies.stream().allMatch(c -> c.toLowerCase(Locale.ROOT).contains("samesite="))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            String marked = cookie.toLowerCase(Locale.ROOT).contains("samesite=") ? cookie : cookie + "; SameSite=Lax";
            if (i == 0) {
                response.setHeader("Set-Cookie", marked);
            } else {
                response.addHeader("Set-Cookie", marked);
            }
        }
    }

    /** Marks the session cookie whenever Jetty sets it while this request runs. */
    private static final class SameSiteSessionRequest extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        SameSiteSessionRequest(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session;
            try {
                session = super.getSession(create);
            } catch (IllegalStateException e) {
                // A push connection of a tab whose session is being invalidated (sign-out) asks Jetty for a session
                // under the old id; Jetty refuses ("Create session failed"). Without a session Vaadin answers the
                // tab "session expired", which is what the user should see; anything else still fails loudly.
                if (create && isPush()) {
                    LOG.debug("No session for push request {}: {}", getRequestURI(), e.getMessage());
                    return null;
                }
                throw e;
            }
            if (session != null && create && session.isNew()) {
                markSameSite(response);
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        private boolean isPush() {
            String query = getQueryString();
            return query != null && ("&" + query + "&").contains("&v-r=push&");
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            markSameSite(response);
            return id;
        }
    }
}
