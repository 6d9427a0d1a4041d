package org.danvan.platform.shell.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page load whose session id Jetty refuses ("Create session failed", Pax Web 11.1.0 keeping a renamed or ended
 * session cached) is repeated once without that id; nothing else is taken for it.
 */
class StaleSessionIdTest {

    private static final ServletException REFUSED = new ServletException(
            new RuntimeException(new IllegalStateException("Create session failed")));

    private static HttpServletRequest request(String method, String sessionId, String query) {
        Map<String, Object> answers = new java.util.HashMap<>();
        answers.put("getMethod", method);
        answers.put("getRequestedSessionId", sessionId);
        answers.put("getQueryString", query);
        return (HttpServletRequest) Proxy.newProxyInstance(StaleSessionIdTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> answers.get(m.getName()));
    }

    private static HttpServletResponse response(boolean committed) {
        return (HttpServletResponse) Proxy.newProxyInstance(StaleSessionIdTest.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class },
                (proxy, m, args) -> "isCommitted".equals(m.getName()) ? committed : null);
    }

    @Test
    void aPageLoadWithARefusedSessionIdIsRepeatedOnce() {
        assertTrue(DanvanServlet.staleSessionId(REFUSED, request("GET", "node0abc", null), response(false)));
        assertTrue(DanvanServlet.staleSessionId(REFUSED, request("GET", "node0abc", "ma=X1"), response(false)));
        assertFalse(DanvanServlet.staleSessionId(REFUSED, request("GET", "node0abc",
                DanvanServlet.STALE_SESSION_MARK + "=1"), response(false)), "the retry itself: no loop");
    }

    @Test
    void nothingElseIsTakenForIt() {
        assertFalse(DanvanServlet.staleSessionId(REFUSED, request("POST", "node0abc", null), response(false)),
                "a UIDL or form post is not repeated");
        assertFalse(DanvanServlet.staleSessionId(REFUSED, request("GET", null, null), response(false)),
                "no id was sent");
        assertFalse(DanvanServlet.staleSessionId(REFUSED, request("GET", "node0abc", null), response(true)),
                "already answered");
        assertFalse(DanvanServlet.staleSessionId(new ServletException(new IllegalStateException("other")),
                request("GET", "node0abc", null), response(false)), "another failure");
    }
}
