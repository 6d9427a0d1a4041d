package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.danvan.dist.test.LocalMachine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * HTTPS, both ways README.md documents (issue 16), on one distribution: (1) Karaf's own TLS connector with a
 * PKCS#12 keystore, and (2) Debian's nginx terminating TLS in front of Karaf's plain connector, which listens on
 * the loopback address only and believes the forwarded headers — nginx runs the shipped
 * {@code etc/nginx/danvan-site.conf} with test ports and a throw-away certificate made here with openssl. Over both,
 * the pages carry HSTS (the request is known to be secure) and the session cookie is {@code Secure}; Chromium signs
 * in through nginx and works (Vaadin's push through the proxy); plain HTTP has no HSTS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpsIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    private KarafDistribution karaf;
    private Browser browser;
    private Path tls;
    private Process nginx;
    private int securePort;
    private int nginxPort;
    private HttpClient client;

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isExecutable(NGINX), "Debian's nginx is needed: apt-get install nginx (.ci/run does)");
        karaf = KarafDistribution.fromBuild();
        int[] ports = LocalMachine.freePorts(2);
        securePort = ports[0];
        nginxPort = ports[1];
        tls = Files.createTempDirectory("danvan-tls-");
        // a throw-away certificate for 127.0.0.1 and localhost; its keystore password is made up for this run
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        run(tls, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", "key.pem", "-out", "cert.pem");
        run(tls, "openssl", "pkcs12", "-export", "-in", "cert.pem", "-inkey", "key.pem", "-name", "danvan",
                "-out", "keystore.p12", "-passout", "pass:" + password);

        String web = "etc/org.ops4j.pax.web.cfg";
        // way 1: the container's own TLS connector
        karaf.setProperty(web, "org.osgi.service.http.secure.enabled", "true");
        karaf.setProperty(web, "org.osgi.service.http.port.secure", Integer.toString(securePort));
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.keystore", tls.resolve("keystore.p12").toString());
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12");
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.keystore.password", password);
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.key.password", password);
        karaf.setProperty(web, "org.ops4j.pax.web.ssl.key.alias", "danvan");
        // way 2: behind the proxy - loopback only, forwarded headers believed
        karaf.setProperty(web, "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
        karaf.setProperty(web, "org.osgi.service.http.checkForwardedHeaders", "true");
        // both ways: users reach DanVan over HTTPS only, so the session cookie never travels in clear (Jetty did not
        // mark it Secure by itself over TLS in this container: seen in this test's first run)
        karaf.setProperty(web, "org.ops4j.pax.web.session.cookie.secure", "true");
        karaf.start();
        karaf.awaitFeaturesDeployed(Duration.ofMinutes(2));

        nginx = startNginx();
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream cert = Files.newInputStream(tls.resolve("cert.pem"))) {
            trust.setCertificateEntry("danvan", CertificateFactory.getInstance("X.509").generateCertificate(cert));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trustManagers.getTrustManagers(), null);
        client = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(10)).build();
        browser = Browser.start("--ignore-certificate-errors");
    }

    /** The shipped site file with the test's ports and certificate, inside a minimal nginx.conf of its own. */
    private Process startNginx() throws IOException, InterruptedException {
        String site = Files.readString(karaf.home().resolve("etc/nginx/danvan-site.conf"))
                .replace("listen 80;", "listen 127.0.0.1:" + LocalMachine.freePorts(1)[0] + ";")
                .replace("listen 443 ssl;", "listen 127.0.0.1:" + nginxPort + " ssl;")
                .replace("/etc/ssl/danvan/fullchain.pem", tls.resolve("cert.pem").toString())
                .replace("/etc/ssl/danvan/privkey.pem", tls.resolve("key.pem").toString())
                .replace("http://127.0.0.1:8181", "http://127.0.0.1:" + karaf.httpPort());
        assertTrue(site.contains("127.0.0.1:" + nginxPort + " ssl") && site.contains(":" + karaf.httpPort()),
                "the site file's listen/proxy lines changed; adjust this test: " + site);
        boolean root = "root".equals(System.getProperty("user.name"));
        String conf = (root ? "user root;\n" : "") + "worker_processes 1;\npid " + tls.resolve("nginx.pid") + ";\n"
                + "error_log " + tls.resolve("error.log") + ";\nevents { worker_connections 64; }\nhttp {\n"
                + "access_log " + tls.resolve("access.log") + ";\n"
                + "client_body_temp_path " + tls.resolve("body") + ";\nproxy_temp_path " + tls.resolve("proxy") + ";\n"
                + "fastcgi_temp_path " + tls.resolve("fcgi") + ";\nuwsgi_temp_path " + tls.resolve("uwsgi") + ";\n"
                + "scgi_temp_path " + tls.resolve("scgi") + ";\n" + site + "\n}\n";
        Path file = tls.resolve("nginx.conf");
        Files.writeString(file, conf, StandardCharsets.UTF_8);
        run(tls, NGINX.toString(), "-t", "-p", tls.toString(), "-c", file.toString());
        Process process = new ProcessBuilder(NGINX.toString(), "-p", tls.toString(), "-c", file.toString(), "-g",
                "daemon off;").redirectErrorStream(true).redirectOutput(tls.resolve("nginx.out").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", nginxPort)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen: " + Files.readString(tls.resolve("nginx.out")));
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    private HttpResponse<String> get(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertSecure(HttpResponse<String> page, String where) {
        assertEquals(200, page.statusCode(), where);
        String hsts = page.headers().firstValue("Strict-Transport-Security").orElse("");
        assertTrue(hsts.startsWith("max-age="), where + ": HSTS on a secure request, was '" + hsts + "'");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": no session cookie in " + cookies));
        assertTrue(session.toLowerCase().contains("secure"), where + ": " + session);
        assertTrue(page.body().contains("<html") || page.body().contains("<!doctype"), where);
    }

    @Test
    @Order(1)
    void karafsOwnTlsConnectorServesTheLoginPage() {
        assertSecure(get("https://127.0.0.1:" + securePort + "/"), "Karaf's TLS connector");
    }

    @Test
    @Order(2)
    void nginxTerminatesTlsAndKarafKnowsTheRequestWasSecure() {
        assertSecure(get("https://127.0.0.1:" + nginxPort + "/"), "through nginx");
        // the plain connector itself, without the proxy's headers, is not secure: no HSTS
        HttpResponse<String> plain = karaf.get("/");
        assertEquals(200, plain.statusCode());
        assertEquals("", plain.headers().firstValue("Strict-Transport-Security").orElse(""));
    }

    @Test
    @Order(3)
    void aUserSignsInAndWorksThroughNginx() {
        browser.open("https://127.0.0.1:" + nginxPort + "/");
        browser.signIn("admin", "admin");
        browser.find("vaadin-side-nav-item");
        browser.open("https://127.0.0.1:" + nginxPort + "/ho-so-vu-viec");
        browser.waitForVaadin(Duration.ofSeconds(30));
        String text = browser.pageText();
        assertTrue(text.contains("Tổng số"), "the worklist through the proxy: " + text);
        assertTrue(browser.currentUrl().startsWith("https://127.0.0.1:" + nginxPort + "/"), browser.currentUrl());
    }

    @Test
    @Order(4)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors());
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
            if (nginx != null) {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (karaf != null) {
                karaf.close();
            }
        }
    }
}
