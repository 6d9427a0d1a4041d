package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;

/**
 * Sessions in the real distribution with a real browser: signing in gives a new session id (no fixation), signing
 * out and the session timeout end the session even while the page holds its push connection (the old cookie
 * brought back opens the login form, not the application), and the console's login is locked after five wrong
 * passwords like the web's, sharing one counter.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionSecurityIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String HOME = "tong-quan";

    @Override
    protected void configure(KarafDistribution copy) {
        // one minute of inactivity ends a session (30 by default), so that the expiry can be waited for
        copy.setProperty("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.session.timeout", "1");
    }

    /**
     * Each test starts signed out with no session: when one failed while signed in, the next found no login form
     * (first run).
     */
    @BeforeEach
    void withoutSession() {
        browser.open(karaf.baseUrl() + "login");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void signingInGivesANewSessionId() {
        browser.open(karaf.baseUrl() + HOME);
        browser.find("vaadin-login-form");
        Cookie before = session();
        assertNotNull(before, "the login page has a session");
        browser.signIn("admin", "admin");
        browser.waitUntil(UI, d -> !browser.findAll("#logout").isEmpty());
        Cookie after = session();
        assertNotEquals(before.getValue(), after.getValue(), "the session id changes at sign-in");
        assertTrue(reopenedWith(before).equals("login"), "the pre-login session id is not signed in");
        System.out.printf("session security: session id renewed at sign-in; the old id opens the login form%n");
    }

    @Test
    @Order(2)
    void signingOutEndsTheSessionWithItsPushConnectionOpen() {
        browser.open(karaf.baseUrl() + HOME);
        browser.signIn("admin", "admin");
        browser.waitUntil(UI, d -> !browser.findAll("#logout").isEmpty());
        Cookie signedIn = session();
        assertTrue(pushIsOpen(), "the page holds a push connection");
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
        assertTrue(reopenedWith(signedIn).equals("login"), "the signed-out session id opens the login form");
    }

    @Test
    @Order(3)
    void anIdleSessionExpiresWithItsPushConnectionOpen() throws InterruptedException {
        browser.open(karaf.baseUrl() + HOME);
        browser.signIn("admin", "admin");
        browser.waitUntil(UI, d -> !browser.findAll("#logout").isEmpty());
        Cookie signedIn = session();
        assertTrue(pushIsOpen(), "the page holds a push connection");
        // the page stays open, push connected, heartbeats running; no user activity for over the timeout
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(4).toNanos();
        boolean expired = false;
        while (!expired && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            expired = !browser.findAll("vaadin-login-form").isEmpty()
                    || Boolean.TRUE.equals(browser.script("return !!document.querySelector('vaadin-connection-"
                            + "indicator[expired]') || document.body.innerText.includes('Session Expired');"));
        }
        System.out.printf("session security: the idle page showed its end after %d s (timeout 60 s): %b%n",
                Duration.ofNanos(System.nanoTime() - start).toSeconds(), expired);
        assertTrue(reopenedWith(signedIn).equals("login"), "the idle session id opens the login form");
    }

    @Test
    @Order(4)
    void theConsoleLocksALoginAfterFiveWrongPasswords() {
        karaf.shell("danvan:user-add --password Console-lock-2026! --role province-admin khoa.console "
                + "\"Console Lock\" 24");
        for (int attempt = 1; attempt <= 5; attempt++) {
            final int n = attempt;
            assertThrows(AssertionError.class, () -> karaf.shellAs("khoa.console", "wrong-" + n, 1, "danvan:unit-list"));
        }
        AssertionError refused = assertThrows(AssertionError.class,
                () -> karaf.shellAs("khoa.console", "Console-lock-2026!", 1, "danvan:unit-list"));
        assertNotNull(refused.getMessage());
        System.out.printf("session security: console refused 5 wrong passwords, then the right one%n");
        String trail = karaf.shell("danvan:audit-list --user khoa.console --limit 20");
        assertTrue(trail.contains("identity.login.lockout"), trail);
        // the web shares the counter: the right password is refused there too
        browser.open(karaf.baseUrl() + "logout");
        browser.open(karaf.baseUrl() + HOME);
        browser.signIn("khoa.console", "Console-lock-2026!");
        browser.waitUntil(UI, d -> Boolean.TRUE.equals(
                browser.script("return document.querySelector('vaadin-login-form').error;")));
    }

    private Cookie session() {
        return browser.driver().manage().getCookieNamed("JSESSIONID");
    }

    /** The page's long-polling push connection (Atmosphere, {@code v-r=push}) has answered at least once. */
    private boolean pushIsOpen() {
        return browser.waitUntil(UI, d -> Boolean.TRUE.equals(browser.script("return performance"
                + ".getEntriesByType('resource').some(e => e.name.includes('v-r=push'));")) ? Boolean.TRUE : null);
    }

    /** Brings an old session cookie back and opens the home route: "login" or "application". */
    private String reopenedWith(Cookie old) {
        browser.open(karaf.baseUrl() + "login");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", old.getValue(), "/"));
        browser.open(karaf.baseUrl() + HOME);
        browser.waitForVaadin();
        String where = browser.waitUntil(UI, d -> !browser.findAll("vaadin-login-form").isEmpty() ? "login"
                : !browser.findAll("#logout").isEmpty() ? "application" : null);
        return where;
    }
}
