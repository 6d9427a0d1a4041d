package org.danvan.notification.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.notification.EmailDelivery.Mode;
import org.danvan.platform.api.notification.NotificationProvider;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The e-mail delivery against a real SMTP server in this JVM (GreenMail), on H2 and on MariaDB: messages are read
 * back from the server.
 */
@OnEveryDatabase
class MailDeliveryTest {

    private static final UserPrincipal HANDLER = new UserPrincipal(13, "xuly", "Lê Văn Cường", 5L, "Xã Tiên Du",
            Set.of("case.view"));
    private static final String ADDRESS = "cuong.lv@tiendu.danvan.example";
    /** 08:00 in Vietnam: after the digest hour (7). */
    private static final Instant MORNING = Instant.parse("2026-03-02T01:00:00Z");

    private final SettableClock clock = SettableClock.at(MORNING);
    private final List<UserNotification> raised = new ArrayList<>();
    private TestDatabase database;
    private GreenMail smtp;
    private int port;
    private MailDelivery delivery;

    @BeforeEach
    void start(TestDatabase database) throws IOException {
        this.database = database;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        delivery = delivery(true);
    }

    @AfterEach
    void stop() {
        delivery.deactivate();
        smtp.stop();
    }

    private MailDelivery delivery(boolean enabled) {
        MailDelivery created = new MailDelivery(database, new Staff(), new Texts(),
                new MailSettings(enabled, "127.0.0.1", port, "NONE", "", "", "danvan@tinh.danvan.example",
                        "https://danvan.example/", 7, 3, Duration.ofMinutes(1)),
                clock, false);
        created.addProvider(new Provider());
        return created;
    }

    private void raise(long id, String number) {
        clock.advance(Duration.ofSeconds(1));
        raised.add(new UserNotification("cases", id, "case.notification.assigned", number,
                "ho-so-vu-viec/chi-tiet?id=" + id, clock.instant(), false));
    }

    @Test
    void offByDefaultAndOnlyForAValidAddress() {
        assertEquals(Mode.OFF, delivery.choice(HANDLER).mode(), "nobody receives e-mail before choosing to");
        raise(1, "2026/000001");
        assertEquals(0, delivery.pass());

        ValidationException malformed = assertThrows(ValidationException.class,
                () -> delivery.choose(HANDLER, Mode.EACH, "cuong at tiendu"));
        assertEquals("mail.error.address", malformed.violations().get(0).messageKey());
        assertEquals("address", malformed.violations().get(0).field());
        assertEquals("mail.error.required", assertThrows(ValidationException.class,
                () -> delivery.choose(HANDLER, Mode.DAILY_DIGEST, " ")).violations().get(0).messageKey());

        delivery.deactivate();
        delivery = delivery(false);
        assertFalse(delivery.available(), "switched off in the configuration");
        assertEquals("mail.error.unavailable", assertThrows(ValidationException.class,
                () -> delivery.choose(HANDLER, Mode.EACH, ADDRESS)).violations().get(0).messageKey());
        delivery.choose(HANDLER, Mode.OFF, null);
        assertEquals(Mode.OFF, delivery.choice(HANDLER).mode(), "turning it off is always possible");
    }

    @Test
    void eachNotificationRaisedAfterOptingInArrivesOnceNamingTheCaseOnly() throws Exception {
        raise(1, "2026/000001");
        delivery.choose(HANDLER, Mode.EACH, " " + ADDRESS + " ");
        assertEquals(new org.danvan.platform.api.notification.EmailDelivery.Choice(Mode.EACH, ADDRESS),
                delivery.choice(HANDLER));
        raise(2, "2026/000002");

        assertEquals(1, delivery.pass(), "only what was raised after opting in");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals(ADDRESS, received[0].getAllRecipients()[0].toString());
        assertEquals("[DanVan] Hồ sơ 2026/000002 được giao cho bạn xử lý", received[0].getSubject());
        String text = (String) received[0].getContent();
        assertTrue(text.startsWith("Kính gửi Lê Văn Cường,"), text);
        assertTrue(text.contains("Mở trong DanVan: https://danvan.example/ho-so-vu-viec/chi-tiet?id=2"), text);

        assertEquals(0, delivery.pass(), "never twice");
        raise(3, "2026/000003");
        delivery.notificationsAdded("cases", Set.of(HANDLER.userId()), Set.of());
        assertEquals(1, delivery.pass());
        assertEquals(2, smtp.getReceivedMessages().length);
    }

    @Test
    void aFailureIsRetriedAfterAWaitThatDoublesAndTheDailyDigestListsTheDay() throws Exception {
        delivery.choose(HANDLER, Mode.EACH, ADDRESS);
        raise(1, "2026/000001");
        smtp.stop();
        assertEquals(0, delivery.pass(), "the server is down");
        assertEquals(0, delivery.pass(), "no retry before the wait is over");
        clock.advance(Duration.ofSeconds(61));
        assertEquals(0, delivery.pass(), "down again: the next wait is two minutes");
        clock.advance(Duration.ofSeconds(61));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        assertEquals(0, delivery.pass(), "still waiting");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(1, delivery.pass(), "sent once the server is back");
        assertEquals("[DanVan] Hồ sơ 2026/000001 được giao cho bạn xử lý", smtp.getReceivedMessages()[0].getSubject());

        delivery.choose(HANDLER, Mode.DAILY_DIGEST, ADDRESS);
        raise(2, "2026/000002");
        raise(3, "2026/000003");
        assertEquals(1, delivery.pass(), "one digest for the day");
        MimeMessage digest = smtp.getReceivedMessages()[1];
        assertEquals("[DanVan] Tóm tắt thông báo trong ngày: 2 thông báo", digest.getSubject());
        String text = (String) digest.getContent();
        assertTrue(text.contains("Hồ sơ 2026/000002") && text.contains("Hồ sơ 2026/000003"), text);
        raise(4, "2026/000004");
        assertEquals(0, delivery.pass(), "one digest a day");
        clock.advance(Duration.ofDays(1));
        assertEquals(1, delivery.pass(), "the next morning");
        assertTrue(((String) smtp.getReceivedMessages()[2].getContent()).contains("Hồ sơ 2026/000004"));

        delivery.choose(HANDLER, Mode.OFF, null);
        raise(5, "2026/000005");
        clock.advance(Duration.ofDays(1));
        assertEquals(0, delivery.pass(), "off again");
        assertEquals(3, smtp.getReceivedMessages().length);
    }

    /** The provider side: the raised notifications, all unread, for the handler only. */
    private final class Provider implements NotificationProvider {
        @Override
        public String source() {
            return "cases";
        }

        @Override
        public List<UserNotification> notifications(UserPrincipal user, boolean unreadOnly, int limit) {
            List<UserNotification> newestFirst = new ArrayList<>(raised);
            java.util.Collections.reverse(newestFirst);
            return user.userId() == HANDLER.userId() ? newestFirst : List.of();
        }

        @Override
        public long unreadCount(UserPrincipal user) {
            return raised.size();
        }

        @Override
        public void markRead(UserPrincipal user, long id) {
        }
    }

    /** The identity core's answer for the handler's login. */
    private static final class Staff implements AuthenticationService {
        @Override
        public AuthenticationResult authenticate(String login, char[] password, String remoteAddress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<UserPrincipal> refresh(UserPrincipal principal) {
            return Optional.of(principal);
        }

        @Override
        public Optional<UserPrincipal> principalOf(String login) {
            return HANDLER.login().equals(login) ? Optional.of(HANDLER) : Optional.empty();
        }
    }

    /** The bundle's own texts and the case engine's sentence, as the shell's translator would merge them. */
    private static final class Texts implements Translator {
        private final Properties texts = new Properties();

        Texts() {
            try (InputStream in = MailDeliveryTest.class.getResourceAsStream("/i18n/mail.properties")) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts.put("case.notification.assigned", "Hồ sơ {0} được giao cho bạn xử lý");
        }

        @Override
        public String translate(String key, Locale locale, Object... params) {
            String pattern = texts.getProperty(key);
            return pattern == null ? "!" + key + "!" : new MessageFormat(pattern, locale).format(params);
        }
    }
}
