package org.danvan.dist.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One copy of the built DanVan Karaf distribution, started and driven the way an operator does: {@code bin/start},
 * HTTP, {@code bin/client}, {@code bin/stop}.
 *
 * <p>Every instance works in a fresh copy of {@code karaf-dist/target/assembly} (tests never modify the build
 * output) with free ports for HTTP, ssh and JMX/RMI, so tests can run beside a developer's running instance.
 * The copy is left under {@code target/it-karaf} after the test for inspection.
 *
 * <pre>{@code
 * try (KarafDistribution karaf = KarafDistribution.fromBuild()) {
 *     karaf.start();                       // waits until GET / answers 200
 *     String features = karaf.shell("feature:list -i");
 *     karaf.restart();                     // keeps data/
 * }
 * }</pre>
 */
public final class KarafDistribution implements AutoCloseable {

    /** System properties set by karaf-dist/pom.xml (failsafe); defaults suit a run from the karaf-dist folder. */
    public static final String ASSEMBLY_PROPERTY = "danvan.dist.assembly";
    /** The console accepts DanVan's own administrators (JAAS realm on the identity store): the demo admin here. */
    static final String CONSOLE_USER = "admin";
    static final String CONSOLE_PASSWORD = "admin";
    public static final String WORK_PROPERTY = "danvan.dist.work";
    public static final String START_TIMEOUT_PROPERTY = "danvan.dist.startTimeoutSeconds";

    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
    private static final Duration SHELL_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /** Copies left by earlier test runs are removed once per JVM; this run's copies stay for inspection. */
    private static final AtomicBoolean EARLIER_COPIES_REMOVED =
            new AtomicBoolean();

    private final Path home;
    private final int httpPort;
    private final int sshPort;
    private final Map<String, String> environment = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private String readyPath = "/";
    private int readyStatus = 200;
    private Duration startTimeout;
    private Duration lastStartDuration;
    private ProcessHandle karafProcess;

    private KarafDistribution(Path home, int httpPort, int sshPort, Duration startTimeout) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.startTimeout = startTimeout;
        environment.put("JAVA_HOME", System.getProperty("java.home"));
    }

    /**
     * Copies the assembly built by this module into a new directory under the work folder and gives the copy free
     * HTTP, ssh and RMI ports. Nothing is started yet.
     */
    public static KarafDistribution fromBuild() {
        Path assembly = Path.of(System.getProperty(ASSEMBLY_PROPERTY, "target/assembly")).toAbsolutePath();
        Path work = Path.of(System.getProperty(WORK_PROPERTY, "target/it-karaf")).toAbsolutePath();
        Duration timeout = Duration.ofSeconds(Long.getLong(START_TIMEOUT_PROPERTY, 120));
        return copyOf(assembly, work, timeout);
    }

    /** Like {@link #fromBuild()} with explicit folders. */
    public static KarafDistribution copyOf(Path assembly, Path workRoot, Duration startTimeout) {
        if (!Files.isExecutable(assembly.resolve("bin/karaf"))) {
            throw new IllegalStateException("No Karaf assembly at " + assembly
                    + " - build it first: mvn -B install -DskipTests (the assembly is made in karaf-dist's package phase)");
        }
        try {
            Files.createDirectories(workRoot);
            if (EARLIER_COPIES_REMOVED.compareAndSet(false, true)) {
                removeEarlierCopies(workRoot);
            }
            // real path: it must equal the karaf.base that bin/karaf computes, to find the JVM by command line
            Path home = Files.createTempDirectory(workRoot, "karaf-").toRealPath();
            LocalMachine.copyTree(assembly, home);
            int[] ports = LocalMachine.freePorts(4);
            KarafDistribution karaf = new KarafDistribution(home, ports[0], ports[1], startTimeout);
            karaf.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(ports[0]));
            karaf.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ports[1]));
            karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(ports[2]));
            karaf.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(ports[3]));
            // every test starts from the bare demo province; DemoYearIT switches the demo year back on
            karaf.setProperty("etc/org.danvan.demo.cfg", "livingYear", "false");
            return karaf;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the Karaf assembly " + assembly, e);
        }
    }

    /** The page whose answer means "started": path and HTTP status (default {@code /}, 200). */
    public KarafDistribution readyWhen(String path, int status) {
        this.readyPath = path;
        this.readyStatus = status;
        return this;
    }

    public KarafDistribution startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /** Extra environment for bin/start, e.g. {@code JAVA_MAX_MEM} or {@code EXTRA_JAVA_OPTS}. */
    public KarafDistribution environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /**
     * Sets {@code key = value} in a properties/cfg file of this copy (relative to its home), replacing an active
     * line for the key or appending one. Use before {@link #start()} (or before a restart).
     */
    public void setProperty(String relativeFile, String key, String value) {
        Path file = home.resolve(relativeFile);
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.ISO_8859_1) : new ArrayList<>();
            Pattern keyLine = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (keyLine.matcher(lines.get(i)).matches()) {
                    lines.set(i, key + " = " + value);
                    replaced = true;
                }
            }
            if (!replaced) {
                lines.add(key + " = " + value);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code bin/start} and waits until the ready page answers with the expected status. Fails with the
     * last answer and the tail of {@code data/log/karaf.log} when it does not within the start timeout.
     */
    public void start() {
        if (isRunning()) {
            throw new IllegalStateException("Karaf in " + home + " is already running (pid " + karafProcess.pid() + ")");
        }
        long t0 = System.nanoTime();
        runScript(Duration.ofSeconds(30), "bin/start");
        try {
            awaitHttp(readyPath, readyStatus, startTimeout);
        } catch (AssertionError notReady) {
            String jvm = findKarafProcess().map(p -> "the Karaf JVM (pid " + p.pid() + ") is still running"
                    + threadDump(p)).orElse("no Karaf JVM is running any more");
            throw new AssertionError(jvm + "; " + notReady.getMessage(), notReady);
        }
        lastStartDuration = Duration.ofNanos(System.nanoTime() - t0);
        karafProcess = findKarafProcess().orElseThrow(() -> new AssertionError(
                "HTTP answers but no Karaf process runs from " + home + " - another server owns port " + httpPort + "?"));
    }

    /**
     * A start that never became ready is diagnosed by what the JVM's threads were doing: their stacks go to
     * {@code data/log/threads-at-timeout.txt} (jcmd of the JDK running the tests), whose path is returned for the
     * failure message.
     */
    private static final Pattern STARTING_THREADS =
            Pattern.compile("^\"(FelixStartLevel|features-|activator-|FelixDispatchQueue|CM Configuration Updater)");

    private String threadDump(ProcessHandle karaf) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path dump = home.resolve("data/log/threads-at-timeout.txt");
        try {
            LocalMachine.ProcessResult result = LocalMachine.run(List.of(jcmd.toString(),
                    String.valueOf(karaf.pid()), "Thread.print"), home, environment, "", Duration.ofSeconds(60));
            Files.writeString(dump, result.output(), StandardCharsets.UTF_8);
            // the threads that start bundles, in the build's output too (a CI log is often all one has)
            for (String thread : result.output().split("\n\n")) {
                if (STARTING_THREADS.matcher(thread).find()) {
                    System.out.println(thread + "\n");
                }
            }
            return ", its threads in " + dump;
        } catch (IOException | RuntimeException | AssertionError e) {
            return ", no thread dump (" + e + ")";
        }
    }

    /** Time from {@code bin/start} to the ready page of the last {@link #start()}. */
    public Duration lastStartDuration() {
        return lastStartDuration;
    }

    /** {@code bin/stop}, then SIGTERM and finally SIGKILL if the JVM does not exit within a minute. */
    public void stop() {
        Optional<ProcessHandle> process = findKarafProcess();
        if (process.isEmpty()) {
            karafProcess = null;
            return;
        }
        runScript(Duration.ofSeconds(30), "bin/stop");
        if (!LocalMachine.awaitExit(process.get(), STOP_TIMEOUT)) {
            process.get().destroy();
            if (!LocalMachine.awaitExit(process.get(), Duration.ofSeconds(20))) {
                process.get().destroyForcibly();
                LocalMachine.awaitExit(process.get(), Duration.ofSeconds(20));
            }
        }
        karafProcess = null;
    }

    /** Kills the Karaf JVM with SIGKILL, as a power cut would (for durability tests). */
    public void kill() {
        findKarafProcess().ifPresent(p -> {
            p.destroyForcibly();
            LocalMachine.awaitExit(p, Duration.ofSeconds(30));
        });
        karafProcess = null;
    }

    /** Stops and starts again; {@code data/} (bundle cache, configuration, database) is kept. */
    public void restart() {
        stop();
        start();
    }

    public boolean isRunning() {
        return karafProcess != null && karafProcess.isAlive();
    }

    /** Process id of the running Karaf JVM (the one started from this copy). */
    public long pid() {
        requireRunning();
        return karafProcess.pid();
    }

    /** Resident memory (VmRSS) of the Karaf JVM in kibibytes, read from /proc. */
    public long residentMemoryKib() {
        requireRunning();
        Path status = Path.of("/proc", String.valueOf(karafProcess.pid()), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No VmRSS line in " + status);
    }

    /**
     * Runs Karaf shell commands through {@code bin/client -b} (commands on stdin) and returns what they printed,
     * without ANSI colour codes. Fails if the client exits with an error.
     */
    public String shell(String... commands) {
        return shellAs(CONSOLE_USER, CONSOLE_PASSWORD, 15, commands);
    }

    /**
     * Like {@link #shell(String...)} with another console account; {@code attempts} connection tries 2 s apart (the
     * console realm arrives with the identity bundle, a little after ssh).
     */
    public String shellAs(String user, String password, int attempts, String... commands) {
        requireRunning();
        List<String> command = List.of(home.resolve("bin/client").toString(), "-b", "-h", "127.0.0.1", "-a",
                String.valueOf(sshPort), "-u", user, "-p", password, "-r", String.valueOf(attempts), "-d", "2");
        LocalMachine.ProcessResult result =
                LocalMachine.run(command, home, environment, String.join("\n", commands) + "\n", SHELL_TIMEOUT);
        String output = ANSI_ESCAPE.matcher(result.output()).replaceAll("")
                .replace("client: JAVA_HOME not set; results may vary\n", "");
        if (result.exitCode() != 0) {
            throw new AssertionError("bin/client exited with " + result.exitCode() + " for " + List.of(commands)
                    + ":\n" + output);
        }
        return output;
    }

    /** GET on this instance, e.g. {@code get("/")}. */
    public HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code path} until it answers {@code status}. */
    public void awaitHttp(String path, int status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == status) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("GET " + uri(path) + " did not answer " + status + " within " + timeout.toSeconds()
                + " s (last: " + last + "). Tail of " + logFile() + ":\n" + logTail(80));
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** {@code http://localhost:<port>/} */
    public String baseUrl() {
        return "http://localhost:" + httpPort + "/";
    }

    public int httpPort() {
        return httpPort;
    }

    public int sshPort() {
        return sshPort;
    }

    /** Home (= base) folder of this copy. */
    public Path home() {
        return home;
    }

    public Path logFile() {
        return home.resolve("data/log/karaf.log");
    }

    /** Whole karaf.log (empty if none yet). */
    public String log() {
        try {
            return Files.exists(logFile()) ? Files.readString(logFile(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the log contains a text (a component that works in the background has logged its result). */
    public void awaitLog(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!log().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The log did not show \"" + text + "\" within " + timeout + ":\n"
                        + logTail(40));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Waits (at most the timeout, without failing) until Karaf has logged the end of a feature deployment: the login
     * page answers before the boot features have registered every screen, and on a loaded machine a test that opens
     * a module's route at once would otherwise meet "page not found".
     */
    public boolean awaitFeaturesDeployed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (log().lines().noneMatch(l -> l.contains("FeaturesServiceImpl") && l.endsWith("| Done."))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public String logTail(int lines) {
        List<String> all = log().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /**
     * ERROR lines of the log, less the two that Atmosphere (Vaadin's push) writes when a browser drops a long-poll
     * connection while Jetty 12 has already recycled its request (vaadin/flow#7177, "Impact: Low"): the connection is
     * gone either way, nothing of the application is affected.
     */
    public List<String> logErrors() {
        return log().lines().filter(l -> l.contains("| ERROR |"))
                .filter(l -> !(l.contains("| AsynchronousProcessor ") && l.contains("Failed to cancel resource"))
                        && !(l.contains("| PushAtmosphereHandler ") && l.contains("Exception in push connection")))
                .toList();
    }

    /** Log lines at ERROR or WARN level. */
    public List<String> logProblems() {
        return log().lines().filter(l -> l.contains("| ERROR |") || l.contains("| WARN  |")).toList();
    }

    /** Stops Karaf if it runs; the copy stays on disk. */
    @Override
    public void close() {
        stop();
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new IllegalStateException("Karaf in " + home + " is not running");
        }
    }

    /** The Karaf JVM whose command line names this copy as karaf.base. */
    private Optional<ProcessHandle> findKarafProcess() {
        String marker = "-Dkaraf.base=" + home;
        return ProcessHandle.allProcesses()
                .filter(p -> LocalMachine.commandLine(p.pid()).contains(marker + "\0"))
                .findFirst();
    }

    private void runScript(Duration timeout, String script) {
        LocalMachine.ProcessResult result =
                LocalMachine.run(List.of(home.resolve(script).toString()), home, environment, null, timeout);
        if (result.exitCode() != 0) {
            throw new AssertionError(script + " exited with " + result.exitCode() + ":\n" + result.output());
        }
    }

    private static void removeEarlierCopies(Path workRoot) throws IOException {
        try (Stream<Path> copies = Files.list(workRoot)) {
            for (Path copy : copies.filter(p -> p.getFileName().toString().startsWith("karaf-")).toList()) {
                String marker = "-Dkaraf.base=" + copy.toRealPath() + "\0";
                boolean running = ProcessHandle.allProcesses().anyMatch(p -> LocalMachine.commandLine(p.pid()).contains(marker));
                if (!running) {
                    LocalMachine.deleteTree(copy);
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For diagnostics in failure messages. */
    @Override
    public String toString() {
        return "Karaf[" + home + ", http " + httpPort + ", ssh " + sshPort
                + (isRunning() ? ", pid " + karafProcess.pid() : ", stopped") + "]";
    }
}
