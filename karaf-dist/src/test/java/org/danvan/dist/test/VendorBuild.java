package org.danvan.dist.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A vendor's build on this machine, the way a vendor outside the DanVan project runs it: Maven in a folder of its own,
 * with a settings file that knows the DanVan SDK repository and nothing of this build. Maven Central is stood in for
 * by this build's local repository (a {@code *,!sdk} mirror), so the nested build uses no network, and it has a local
 * repository of its own, from which every DanVan artifact is removed before it starts: what it compiles against
 * comes from the SDK repository or not at all ({@link #danvanArtifactsNotFromTheSdk()} checks where each came from).
 *
 * <p>System properties (set by karaf-dist/pom.xml): {@code danvan.dist.sdkRepository}, {@code danvan.dist.version},
 * {@code danvan.dist.centralMirror}, {@code danvan.dist.vendorWork}, {@code danvan.dist.mavenHome}.
 */
public final class VendorBuild {

    private static final Duration MAVEN_TIMEOUT = Duration.ofMinutes(10);

    private final Path sdkRepository;
    private final Path centralMirror;
    private final Path work;
    private final Path localRepository;
    private final Path settings;
    private final String maven;
    private final String danvanVersion;

    private VendorBuild(Path sdkRepository, Path centralMirror, Path work, String maven, String danvanVersion) {
        this.sdkRepository = sdkRepository;
        this.centralMirror = centralMirror;
        this.work = work;
        this.localRepository = work.resolve("m2");
        this.settings = work.resolve("settings.xml");
        this.maven = maven;
        this.danvanVersion = danvanVersion;
    }

    /** From the system properties the distribution tests get. */
    public static VendorBuild fromBuild() {
        Path sdk = Path.of(require("danvan.dist.sdkRepository")).toAbsolutePath();
        if (!Files.isDirectory(sdk.resolve("org/danvan"))) {
            throw new IllegalStateException("No SDK repository at " + sdk + ": build karaf-dist's package phase first");
        }
        String mavenHome = System.getProperty("danvan.dist.mavenHome", "");
        String maven = mavenHome.isEmpty() ? "mvn" : Path.of(mavenHome, "bin", "mvn").toString();
        VendorBuild build = new VendorBuild(sdk, Path.of(require("danvan.dist.centralMirror")).toAbsolutePath(),
                Path.of(require("danvan.dist.vendorWork")).toAbsolutePath(), maven, require("danvan.dist.version"));
        build.prepare();
        return build;
    }

    private static String require(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (karaf-dist/pom.xml sets it)");
        }
        return value;
    }

    /** The DanVan version the SDK repository holds. */
    public String danvanVersion() {
        return danvanVersion;
    }

    public Path sdkRepository() {
        return sdkRepository;
    }

    private void prepare() {
        try {
            Files.createDirectories(localRepository);
            // third-party artifacts may stay between runs (they only save copying); DanVan's never do
            deleteIfPresent(localRepository.resolve("org/danvan"));
            Files.writeString(settings, """
                    <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                      <localRepository>%s</localRepository>
                      <mirrors>
                        <!-- stands in for Maven Central, which a vendor reaches through the network -->
                        <mirror><id>central-stand-in</id><mirrorOf>*,!sdk</mirrorOf><url>%s</url></mirror>
                      </mirrors>
                      <profiles>
                        <profile>
                          <id>danvan-sdk</id>
                          <repositories>
                            <!-- first, so that DanVan's artifacts are looked up here before anywhere else (and
                                 danvanArtifactsNotFromTheSdk() proves none came from elsewhere); its checksums must match -->
                            <repository><id>sdk</id><url>%s</url>
                              <releases><checksumPolicy>fail</checksumPolicy></releases>
                              <snapshots><enabled>false</enabled></snapshots></repository>
                            <!-- the stand-in is a local repository: it has no checksums for what was built here -->
                            <repository><id>central</id><url>https://repo.maven.apache.org/maven2</url>
                              <releases><checksumPolicy>ignore</checksumPolicy></releases></repository>
                          </repositories>
                          <pluginRepositories>
                            <pluginRepository><id>sdk</id><url>%s</url>
                              <snapshots><enabled>false</enabled></snapshots></pluginRepository>
                            <pluginRepository><id>central</id><url>https://repo.maven.apache.org/maven2</url>
                              <releases><checksumPolicy>ignore</checksumPolicy></releases></pluginRepository>
                          </pluginRepositories>
                        </profile>
                      </profiles>
                      <activeProfiles><activeProfile>danvan-sdk</activeProfile></activeProfiles>
                    </settings>
                    """.formatted(localRepository, centralMirror.toUri(), sdkRepository.toUri(), sdkRepository.toUri()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs Maven in a folder with the vendor's settings ({@code -B}, no network). Fails with the log's tail when Maven
     * fails; the whole log is kept in the work folder.
     */
    public String mvn(Path folder, String logName, String... arguments) {
        List<String> command = new ArrayList<>(List.of(maven, "-B", "-s", settings.toString()));
        command.addAll(List.of(arguments));
        Path log = work.resolve(logName + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            if (!process.waitFor(MAVEN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + MAVEN_TIMEOUT.toMinutes() + " min; log "
                        + log + ":\n" + tail(log, 60));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " in " + folder + " exited with " + process.exitValue() + "; log "
                        + log + ":\n" + tail(log, 80));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The DanVan files in the vendor build's local repository that did not come from the SDK repository (Maven notes
     * the source of each download in {@code _remote.repositories}); empty when the SDK alone served them.
     */
    public List<String> danvanArtifactsNotFromTheSdk() {
        Path danvan = localRepository.resolve("org/danvan");
        List<String> strays = new ArrayList<>();
        if (!Files.isDirectory(danvan)) {
            strays.add("no DanVan artifact was resolved at all");
            return strays;
        }
        try (Stream<Path> files = Files.walk(danvan)) {
            for (Path record : files.filter(p -> p.getFileName().toString().equals("_remote.repositories")).toList()) {
                for (String line : Files.readAllLines(record)) {
                    if (!line.startsWith("#") && !line.isBlank() && !line.endsWith(">sdk=")) {
                        strays.add(danvan.relativize(record.getParent()) + ": " + line);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return strays;
    }

    /** Number of DanVan artifacts (POMs and jars) the vendor build resolved. */
    public long danvanArtifactCount() {
        try (Stream<Path> files = Files.walk(localRepository.resolve("org/danvan"))) {
            return files.filter(p -> p.toString().endsWith(".jar") || p.toString().endsWith(".pom")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void deleteIfPresent(Path folder) throws IOException {
        if (Files.exists(folder)) {
            LocalMachine.deleteTree(folder);
        }
    }
}
