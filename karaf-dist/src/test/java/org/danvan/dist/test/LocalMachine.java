package org.danvan.dist.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Processes, ports and folders on the local Linux machine, for {@link KarafDistribution}. */
public final class LocalMachine {

    private LocalMachine() {
    }

    record ProcessResult(int exitCode, String output) {
    }

    static ProcessResult run(List<String> command, Path directory, Map<String, String> environment, String stdin,
            Duration timeout) {
        try {
            Path output = Files.createTempFile(directory, "process-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            if (stdin == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            }
            Process process = builder.start();
            if (stdin != null) {
                try (OutputStream in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + timeout.toSeconds() + " s:\n"
                        + Files.readString(output));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            return new ProcessResult(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    public static int[] freePorts(int count) throws IOException {
        // Below Linux's ephemeral range (32768-60999): a port the kernel hands out for outgoing connections (browser,
        // ssh client, database pools of other tests) could be taken between this check and Karaf's bind.
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            int candidate = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12000);
            for (int i = 0; i < count; i++) {
                for (int tries = 0; ; tries++, candidate = 20000 + (candidate - 20000 + 1) % 12000) {
                    try {
                        ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress());
                        sockets.add(socket);
                        ports[i] = candidate++;
                        break;
                    } catch (IOException taken) {
                        if (tries > 12000) {
                            throw taken;
                        }
                    }
                }
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /**
     * Copies a Karaf home without its runtime state ({@code data/}, {@code instances/}), which is there when someone
     * ran the built assembly itself: every copy starts as a fresh installation.
     */
    static void copyTree(Path source, Path target) throws IOException {
        Set<Path> runtimeState = Set.of(source.resolve("data"), source.resolve("instances"));
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (runtimeState.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING, LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
