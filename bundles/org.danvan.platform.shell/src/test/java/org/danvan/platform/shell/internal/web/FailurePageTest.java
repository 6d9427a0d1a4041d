package org.danvan.platform.shell.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A failure that escapes a servlet behind {@link SecurityHeadersFilter} is answered with a plain page naming nothing
 * of it (Jetty's own page showed the exception, its SQL and its causes), 503 when the database is out of reach.
 */
class FailurePageTest {

    private static final String SECRET_SQL = "SELECT full_name FROM cas_petitioner WHERE id = 7";

    private final Map<String, Object> answered = new HashMap<>();
    private final StringWriter body = new StringWriter();

    private HttpServletRequest request() {
        Map<String, Object> answers = Map.of("getMethod", "GET", "getRequestURI", "/vendor/report",
                "isSecure", false);
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> answers.get(m.getName()));
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "isCommitted" -> false;
                    case "getWriter" -> writer;
                    case "setStatus" -> answered.put("status", args[0]);
                    case "setHeader" -> answered.put(String.valueOf(args[0]), args[1]);
                    default -> null;
                });
    }

    private void serve(FilterChain chain) throws Exception {
        new SecurityHeadersFilter().doFilter(request(), response(), chain);
    }

    @Test
    void anyFailureIsA500ThatNamesNothingOfIt() throws Exception {
        serve((req, res) -> {
            throw new ServletException(new IllegalStateException("query failed: " + SECRET_SQL));
        });
        assertEquals(500, answered.get("status"));
        String page = body.toString();
        assertTrue(page.contains("Lỗi hệ thống") && page.contains("System error"), page);
        assertFalse(page.contains("SELECT") || page.contains("Exception") || page.contains("cas_petitioner")
                || page.contains("/vendor/report"), page);
        assertEquals(SecurityHeadersFilter.CONTENT_SECURITY_POLICY, answered.get("Content-Security-Policy"),
                "the headers are still set");
    }

    @Test
    void aDatabaseOutageIsA503WithRetryAfter() throws Exception {
        serve((req, res) -> {
            throw new IllegalStateException(new SQLTransientConnectionException("danvan - Connection is not "
                    + "available, request timed out after 5000ms"));
        });
        assertEquals(503, answered.get("status"));
        assertEquals("10", answered.get("Retry-After"));
        assertTrue(body.toString().contains("Cơ sở dữ liệu tạm thời không truy cập được"), body.toString());
        assertFalse(body.toString().contains("Connection is not available"), body.toString());
    }
}
