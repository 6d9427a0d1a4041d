package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.Test;

/**
 * A real deployment's first start: with {@code demoData = false} the platform creates only the administrator, with
 * a random password written once to the Karaf log; the demo password does not work; a restart creates nothing new.
 */
class FirstStartWithoutDemoDataIT {

    private static final Pattern PASSWORD_LINE = Pattern.compile("Login: admin\\s+Password: (\\S+)");

    @Test
    void administratorGetsAOneTimeRandomPasswordInTheLog() {
        try (KarafDistribution karaf = KarafDistribution.fromBuild()) {
            karaf.setProperty("etc/org.danvan.identity.cfg", "demoData", "false");
            karaf.start();
            List<String> passwords = passwordsInLog(karaf);
            assertEquals(1, passwords.size(), "one password line: " + passwords);
            String password = passwords.get(0);
            assertTrue(password.length() >= 16, "a strong generated password");

            try (Browser browser = Browser.start()) {
                browser.open(karaf.baseUrl());
                browser.signIn("admin", "admin");
                browser.waitUntil(java.time.Duration.ofSeconds(15), d -> Boolean.TRUE
                        .equals(browser.script("return document.querySelector('vaadin-login-form').error;")));

                browser.signIn("admin", password);
                assertEquals("Quản trị hệ thống", browser.find("#current-user").getText());
            }

            karaf.restart();
            assertEquals(List.of(password), passwordsInLog(karaf), "no second administrator, no second password");
        }
    }

    private static List<String> passwordsInLog(KarafDistribution karaf) {
        Matcher matcher = PASSWORD_LINE.matcher(karaf.log());
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
