package org.danvan.notification.mail.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.danvan.platform.api.mail.MailException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/** The published mail service against a real SMTP server in this JVM (GreenMail). */
class SmtpMailServiceTest {

    private GreenMail smtp;
    private int port;

    @BeforeEach
    void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private SmtpMailService service(int onPort) {
        return new SmtpMailService(new MailSettings(true, "127.0.0.1", onPort, "NONE", "", "",
                "danvan@tinh.danvan.example", "https://danvan.example/", 7, 3, Duration.ofMinutes(1)));
    }

    @Test
    void aMessageReachesTheServerInUtf8() throws Exception {
        service(port).send("thu.ha@example.vn", "Đơn mã ABCD: Đã tiếp nhận đơn", "Kính gửi Ông/Bà,\nMã tra cứu: ABCD");
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals("thu.ha@example.vn", mail.getAllRecipients()[0].toString());
        assertEquals("Đơn mã ABCD: Đã tiếp nhận đơn", mail.getSubject());
        assertTrue(((String) mail.getContent()).contains("Mã tra cứu: ABCD"));
    }

    @Test
    void aMalformedAddressIsAPermanentRefusalAndADownServerIsNot() throws IOException {
        MailException malformed = assertThrows(MailException.class,
                () -> service(port).send("not an address", "s", "b"));
        assertTrue(malformed.permanent());
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        MailException down = assertThrows(MailException.class,
                () -> service(closed).send("thu.ha@example.vn", "s", "b"));
        assertFalse(down.permanent(), down.getMessage());
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
