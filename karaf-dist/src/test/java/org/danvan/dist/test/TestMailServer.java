package org.danvan.dist.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** An SMTP server in the test JVM (GreenMail) that a distribution copy is configured to send its e-mail to. */
public final class TestMailServer {

    private TestMailServer() {
    }

    /**
     * Starts GreenMail on a free port of 127.0.0.1 and switches the copy's e-mail on towards it (no TLS), with
     * {@code from} as sender. Call from {@code configure}, before the first start; stop the server after the class.
     */
    public static GreenMail startFor(KarafDistribution copy, String from) {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String cfg = "etc/org.danvan.notification.mail.cfg";
        copy.setProperty(cfg, "enabled", "true");
        copy.setProperty(cfg, "host", "127.0.0.1");
        copy.setProperty(cfg, "port", Integer.toString(port));
        copy.setProperty(cfg, "security", "NONE");
        copy.setProperty(cfg, "from", from);
        return smtp;
    }
}
