package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The security headers of the real distribution: every kind of response (the staff login page, the public citizen
 * page, a static resource, a page that does not exist) carries the Content-Security-Policy, frame, sniffing,
 * referrer and permissions headers; the session cookie is HttpOnly and SameSite=Lax; Chromium signs in and opens
 * every screen in the menu under the policy without a single violation in its console; and a frame holding a
 * DanVan page is refused by the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityHeadersIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(20);

    @Test
    @Order(1)
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/tra-cuu", "/VAADIN/build/no-such-file.js", "/khong-co-trang-nay")) {
            HttpResponse<String> response = karaf.get(path);
            String where = path + " (HTTP " + response.statusCode() + ")";
            String policy = header(response, "Content-Security-Policy");
            assertTrue(policy.contains("default-src 'self'"), where + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
            assertTrue(policy.contains("object-src 'none'"), where + ": " + policy);
            assertEquals("DENY", header(response, "X-Frame-Options"), where);
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), where);
            assertEquals("same-origin", header(response, "Referrer-Policy"), where);
            assertTrue(header(response, "Permissions-Policy").contains("camera=()"), where);
            assertEquals("", header(response, "Strict-Transport-Security"), where + ": no HSTS over plain HTTP");
            assertFalse(response.body().contains("at org."), where + ": no stack trace in the body");
        }
    }

    @Test
    @Order(2)
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        List<String> cookies = karaf.get("/").headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
        String lower = session.toLowerCase();
        assertTrue(lower.contains("httponly"), session);
        assertTrue(lower.contains("samesite=lax"), session);
    }

    @Test
    @Order(3)
    void everyScreenInTheMenuRunsUnderThePolicyWithoutViolations() {
        browser.consoleMessages(); // forget what an earlier page wrote
        browser.open(karaf.baseUrl());
        browser.signIn("admin", "admin");
        browser.find("vaadin-side-nav-item");
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'vaadin-side-nav-item')).map(i => i.getAttribute('path')).filter(p => p !== null);");
        assertTrue(paths.size() >= 4, "the administrator's menu: " + paths);
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            browser.open(karaf.baseUrl() + path.replaceFirst("^/", ""));
            browser.waitForVaadin(UI);
            browser.consoleMessages().stream()
                    // the shell declares its icon inline: a request for /favicon.ico would be a SEVERE 404 here
                    .filter(m -> m.contains("Content Security Policy") || m.startsWith("SEVERE"))
                    .forEach(m -> problems.add(path + ": " + m));
        }
        assertEquals(List.of(), problems, "console of " + paths.size() + " screens");
        browser.screenshot("security-headers-last-screen");
    }

    @Test
    @Order(4)
    void noPageCanFrameDanVanNotEvenItsOwn() {
        // frame-ancestors 'none' refuses every parent, the same origin included: the refused frame holds Chromium's
        // error page, whose document the parent cannot reach (an allowed same-origin frame's document it could)
        browser.script("""
                const frame = document.createElement('iframe');
                frame.id = 'framed';
                frame.onload = () => { window.__framedLoaded = true; };
                frame.src = arguments[0];
                document.body.appendChild(frame);
                """, karaf.baseUrl() + "tra-cuu");
        browser.waitUntil(UI, d -> Boolean.TRUE.equals(browser.script("return window.__framedLoaded === true;")));
        assertEquals(Boolean.TRUE, browser.script("""
                const frame = document.getElementById('framed');
                let document2 = null;
                try { document2 = frame.contentDocument; } catch (e) { document2 = null; }
                return document2 === null || document2.querySelector('#status-code') === null;
                """), "the citizen page must not render inside a frame");
        assertTrue(browser.consoleMessages().stream()
                .anyMatch(m -> m.contains("frame-ancestors") || m.contains("X-Frame-Options")),
                "Chromium names the refusal in the console");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
