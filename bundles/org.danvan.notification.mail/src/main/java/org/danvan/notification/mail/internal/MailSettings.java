package org.danvan.notification.mail.internal;

import java.time.Duration;
import java.util.Locale;

/**
 * The configuration, checked and normalised.
 *
 * @param enabled whether e-mail is sent at all
 * @param host SMTP host
 * @param port SMTP port
 * @param security {@code NONE}, {@code STARTTLS} or {@code SSL}
 * @param username SMTP login, empty for none
 * @param password SMTP password
 * @param from sender address
 * @param applicationUrl address of the staff application, ending with a slash
 * @param digestHour hour (Vietnam) of the daily digest
 * @param maxAttempts attempts before a message is given up
 * @param firstRetry wait before the first retry; doubled with each failure
 */
record MailSettings(boolean enabled, String host, int port, String security, String username, String password,
        String from, String applicationUrl, int digestHour, int maxAttempts, Duration firstRetry) {

    static MailSettings of(MailConfiguration c) {
        String security = c.security() == null ? "STARTTLS" : c.security().strip().toUpperCase(Locale.ROOT);
        if (!security.equals("NONE") && !security.equals("SSL")) {
            security = "STARTTLS";
        }
        String url = c.applicationUrl() == null || c.applicationUrl().isBlank() ? "http://localhost:8181/"
                : c.applicationUrl().strip();
        return new MailSettings(c.enabled(), c.host() == null ? "" : c.host().strip(),
                c.port() > 0 && c.port() < 65536 ? c.port() : 587, security,
                c.username() == null ? "" : c.username().strip(), c.password() == null ? "" : c.password(),
                c.from() == null || c.from().isBlank() ? "danvan@localhost" : c.from().strip(),
                url.endsWith("/") ? url : url + "/", Math.min(23, Math.max(0, c.digestHour())),
                Math.max(1, c.maxAttempts()), Duration.ofSeconds(Math.max(1, c.firstRetrySeconds())));
    }

    /** Whether messages can go out: switched on and a server named. */
    boolean usable() {
        return enabled && !host.isEmpty();
    }

    /** The wait after the n-th failure (n from 1): the first retry, doubled each time, at most a day. */
    Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        return wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait;
    }
}
