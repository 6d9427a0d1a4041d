package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToDoubleFunction;

import org.danvan.dist.test.BenchTable;
import org.danvan.dist.test.BenchTable.Unit;
import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.Test;

/**
 * The benchmark suite (bench/README.md, issue 17): start time and resident memory of the DanVan distribution
 * against its floor, a bare Karaf with the same web container serving one trivial servlet
 * ({@code bench/floor-dist}), both measured in this run on this machine, started alternately so that the machine's
 * noise hits both. Prints one table and writes it to {@code target/bench/table.txt}.
 *
 * <p>Quick mode (the default, part of {@code mvn verify}): one later start each. Full mode ({@code -Dbench.full=true},
 * what {@code bench/run} runs): {@code bench.starts} later starts each (default 5). Either way this class asserts only
 * that every figure was measured and is plausible, never that a target is met: a loaded CI machine must not fail on a
 * ratio. The targets' verdicts are in the table.
 */
class BenchmarkSuiteIT {

    private static final boolean FULL = Boolean.getBoolean("bench.full");
    private static final int LATER_STARTS = Integer.getInteger("bench.starts", FULL ? 5 : 1);
    /**
     * After the ready page, both wait until Karaf has logged the end of a feature deployment (on a later start the
     * first start's line is already in the log, so this returns at once) and then this long before reading VmRSS.
     */
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("bench.settleSeconds", 5));
    private static final Duration DEPLOYED_WAIT = Duration.ofSeconds(120);
    private static final OptionalDouble TARGET = OptionalDouble.of(1.5);
    /** What the floor's servlet answers (org.danvan.bench.floor.FloorServlet.MARKER). */
    private static final String FLOOR_MARKER = "danvan-bench-floor";
    private static final long MIN_PLAUSIBLE_RSS_MIB = 40;
    private static final long MAX_PLAUSIBLE_RSS_MIB = 16 * 1024;

    /** One start of one distribution: seconds to the ready page, then MiB resident after start and after use. */
    private record Start(double seconds, double rssMib, double rssAfterUseMib) {
    }

    @Test
    void startAndMemoryAgainstTheFloor() {
        Path floorAssembly = Path.of(System.getProperty("danvan.bench.floorAssembly", "../bench/floor-dist/target/assembly"));
        Path work = Path.of(System.getProperty(KarafDistribution.WORK_PROPERTY, "target/it-karaf"));
        Duration timeout = Duration.ofSeconds(Long.getLong(KarafDistribution.START_TIMEOUT_PROPERTY, 240));
        BenchTable table = new BenchTable("DanVan benchmark suite, " + (FULL ? "full" : "quick") + " mode: "
                + LATER_STARTS + " later start(s) each, alternating; floor = bare Karaf + Pax Web/Jetty 12 + one servlet");

        try (KarafDistribution floor = KarafDistribution.copyOf(floorAssembly.toAbsolutePath(), work.toAbsolutePath(), timeout);
                KarafDistribution danvan = KarafDistribution.fromBuild()) {
            // first starts: empty data/ (DanVan: empty H2 database, every migration, the demo province)
            Start floorFirst = measure(floor, false);
            Start danvanFirst = measure(danvan, true);
            List<Start> floorLater = new ArrayList<>();
            List<Start> danvanLater = new ArrayList<>();
            for (int i = 0; i < LATER_STARTS; i++) {
                if (i % 2 == 0) {
                    danvanLater.add(measure(danvan, true));
                    floorLater.add(measure(floor, false));
                } else {
                    floorLater.add(measure(floor, false));
                    danvanLater.add(measure(danvan, true));
                }
            }
            assertEquals(List.of(), floor.logErrors(), "the floor logged errors: its figures would not be a floor");

            table.add("first start to login page / floor servlet", danvanFirst.seconds(), floorFirst.seconds(),
                    Unit.SECONDS, OptionalDouble.empty());
            table.add("later start to login page (median of " + LATER_STARTS + ")",
                    median(danvanLater, Start::seconds), median(floorLater, Start::seconds), Unit.SECONDS, TARGET);
            table.add("RSS after later start (median)", median(danvanLater, Start::rssMib),
                    median(floorLater, Start::rssMib), Unit.MEBIBYTES, TARGET);
            table.add("RSS after admin login / one floor request (median)", median(danvanLater, Start::rssAfterUseMib),
                    median(floorLater, Start::rssAfterUseMib), Unit.MEBIBYTES, TARGET);
            table.add("RSS after first start", danvanFirst.rssMib(), floorFirst.rssMib(), Unit.MEBIBYTES,
                    OptionalDouble.empty());
        }
        table.publish(Path.of(System.getProperty("danvan.bench.output", "target/bench/table.txt")));
    }

    /**
     * Starts, waits for the feature deployment and {@link #SETTLE}, reads VmRSS, uses the server once (DanVan: the
     * demo administrator signs in with headless Chromium; the floor: one GET of its servlet), reads VmRSS again and
     * stops. Every figure is checked for plausibility.
     */
    private static Start measure(KarafDistribution karaf, boolean danvan) {
        karaf.start();
        double seconds = karaf.lastStartDuration().toMillis() / 1000.0;
        karaf.awaitFeaturesDeployed(DEPLOYED_WAIT);
        LockSupport.parkNanos(SETTLE.toNanos());
        double rss = plausibleRss(karaf);
        if (danvan) {
            try (Browser browser = Browser.start()) {
                browser.open(karaf.baseUrl());
                browser.signIn("admin", "admin");
                browser.waitUntil(Duration.ofSeconds(60),
                        d -> d.findElements(org.openqa.selenium.By.cssSelector("vaadin-login-form")).isEmpty());
                browser.waitForVaadin();
            }
        } else {
            HttpResponse<String> answer = karaf.get("/");
            assertEquals(200, answer.statusCode(), "the floor's servlet");
            assertTrue(answer.body().contains(FLOOR_MARKER), "the floor's servlet answers, not a default page: "
                    + answer.body());
        }
        double rssAfterUse = plausibleRss(karaf);
        karaf.stop();
        assertTrue(seconds > 0, "start time measured");
        System.out.printf("BENCH %s start: %.1f s, RSS %.0f MiB, after %s %.0f MiB%n", danvan ? "DanVan" : "floor",
                seconds, rss, danvan ? "admin login" : "one request", rssAfterUse);
        return new Start(seconds, rss, rssAfterUse);
    }

    private static double plausibleRss(KarafDistribution karaf) {
        double mib = karaf.residentMemoryKib() / 1024.0;
        assertTrue(mib >= MIN_PLAUSIBLE_RSS_MIB && mib <= MAX_PLAUSIBLE_RSS_MIB,
                "VmRSS of " + karaf + " is implausible: " + mib + " MiB");
        return mib;
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> figure) {
        return BenchTable.median(starts.stream().map(figure::applyAsDouble).toList());
    }
}
