package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Starts the built distribution once and checks what an operator sees first: the web port answers, the DanVan
 * features are installed, every bundle is running, no javax.servlet/Jetty 9 slipped in, the H2 datasource is up,
 * a browser can load the start page, and it comes back after a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistributionSmokeIT {

    private KarafDistribution karaf;

    @BeforeAll
    void startDistribution() {
        karaf = KarafDistribution.fromBuild();
        karaf.start();
        System.out.printf("DanVan cold start: %d ms to HTTP 200 on %s, RSS %d MiB (pid %d, %s)%n",
                karaf.lastStartDuration().toMillis(), karaf.baseUrl(), karaf.residentMemoryKib() / 1024,
                karaf.pid(), karaf.home());
    }

    @AfterAll
    void stopDistribution() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    @Order(1)
    void startPageIsServedByJetty12() {
        HttpResponse<String> response = karaf.get("/");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                "Content-Type " + response.headers().firstValue("Content-Type"));
        assertTrue(karaf.shell("service:list org.osgi.service.servlet.runtime.HttpServiceRuntime")
                .contains("osgi.http.endpoint = [http://0.0.0.0:" + karaf.httpPort() + "/]"));
    }

    @Test
    @Order(2)
    void danvanFeaturesAreInstalled() {
        String installed = karaf.shell("feature:list -i");

        for (String feature : List.of("danvan-web", "danvan-persistence-runtime", "danvan-core", "danvan-platform")) {
            assertTrue(Pattern.compile("(?m)^" + feature + "\\s*\\|.*\\|\\s*Started\\s*\\|").matcher(installed).find(),
                    feature + " is not installed and started:\n" + installed);
        }
    }

    /**
     * Every bundle reaches Active (fragments Resolved) once the boot features are deployed. The login page answers
     * before that, and a Declarative Services bundle shows "Waiting" while a service it references is still being
     * registered (the demo year waits for the reception services, whose migrations run at the first start), so the
     * check waits a bounded time for the state to settle and then names what never started, with its components.
     */
    @Test
    @Order(3)
    void everyBundleIsActiveAndOnlyFragmentsAreResolved() throws InterruptedException {
        assertTrue(karaf.awaitFeaturesDeployed(Duration.ofMinutes(3)), "boot features not deployed:\n"
                + karaf.logTail(40));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String bundles;
        String notRunning;
        while (true) {
            bundles = karaf.shell("bundle:list -t 0");
            notRunning = notRunning(bundles);
            if (notRunning.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(2000);
        }
        assertTrue(bundles.lines().filter(l -> LINE.matcher(l).matches()).count() > 50,
                "bundle:list printed too few bundles:\n" + bundles);
        assertEquals("", notRunning, "bundles not running after 2 minutes:\n" + notRunning
                + (notRunning.isEmpty() ? "" : "\nscr:list:\n" + karaf.shell("scr:list")));
    }

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+)\\s*\\|\\s*(\\w+)\\s*\\|.*$");

    private static String notRunning(String bundles) {
        StringBuilder notRunning = new StringBuilder();
        bundles.lines().forEach(l -> {
            Matcher line = LINE.matcher(l);
            if (line.matches()) {
                String state = line.group(2);
                boolean fragment = l.contains("Hosts:");
                if (!("Active".equals(state) || ("Resolved".equals(state) && fragment))) {
                    notRunning.append(l).append('\n');
                }
            }
        });
        return notRunning.toString();
    }

    @Test
    @Order(4)
    void onlyJakartaServlet61AndJetty12AreDeployed() {
        String exports = karaf.shell("package:exports");

        assertFalse(Pattern.compile("(?m)^javax\\.servlet").matcher(exports).find(), "javax.servlet is exported");
        assertTrue(Pattern.compile("(?m)^jakarta\\.servlet\\s*\\|\\s*6\\.1\\.0\\s*\\|").matcher(exports).find(),
                "jakarta.servlet 6.1.0 is not exported");
        assertFalse(Pattern.compile("(?m)^org\\.eclipse\\.jetty\\.\\S++\\s*+\\|\\s*+(?!12\\.)").matcher(exports).find(),
                "a Jetty other than 12 exports packages");
    }

    @Test
    @Order(5)
    void h2DataSourceIsPublished() {
        String dataSources = karaf.shell("jdbc:ds-list");

        assertTrue(Pattern.compile("(?m)^danvan\\s*\\|.*\\|\\s*H2\\s*\\|.*\\|\\s*OK\\s*$").matcher(dataSources).find(),
                "no working danvan H2 datasource:\n" + dataSources);
    }

    @Test
    @Order(6)
    void chromiumLoadsTheStartPage() {
        try (Browser browser = Browser.start()) {
            browser.open(karaf.baseUrl());
            browser.waitForVaadin();
            Path screenshot = browser.screenshot("smoke-start-page");

            assertTrue(browser.currentUrl().startsWith(karaf.baseUrl()), browser.currentUrl());
            assertTrue(sizeOf(screenshot) > 1000, "screenshot " + screenshot + " is empty");

            browser.usePhoneSize();
            browser.waitForVaadin();
            assertTrue(sizeOf(browser.screenshot("smoke-start-page-phone")) > 1000);
        }
    }

    @Test
    @Order(7)
    void comesBackAfterARestart() {
        karaf.restart();

        assertEquals(200, karaf.get("/").statusCode());
        assertTrue(karaf.shell("jdbc:ds-list").contains("OK"));
        System.out.printf("DanVan warm restart: %d ms to HTTP 200, RSS %d MiB%n",
                karaf.lastStartDuration().toMillis(), karaf.residentMemoryKib() / 1024);
    }

    @Test
    @Order(8)
    void logHasNoErrors() {
        List<String> errors = karaf.logErrors();

        assertEquals(List.of(), errors, "ERROR lines in " + karaf.logFile());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(20)
    void theConsoleAcceptsOnlyDanVanAdministrators() {
        assertTrue(karaf.shellAs("admin", "admin", 3, "jaas:whoami").contains("admin"));
        for (String[] refused : List.of(new String[] { "karaf", "karaf" }, new String[] { "admin", "wrong" },
                new String[] { "chutich.tiendu", "danvan" })) {
            AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> karaf.shellAs(refused[0], refused[1], 1, "bundle:list"));
            assertTrue(error.getMessage().contains("bin/client exited"), error.getMessage());
        }
    }
}
