package org.danvan.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Every commit H2 acknowledged is still there after the process is killed with SIGKILL.
 * <p>
 * A child JVM inserts rows one transaction at a time and prints each committed id; this test reads a number of those
 * acknowledgements, kills the child with {@link Process#destroyForcibly()} (SIGKILL on Linux), reopens the file and
 * looks for every acknowledged id. The URL options default to {@link H2TestDatabase#DURABLE_OPTIONS}; the system
 * property {@code danvan.h2.killtest.options} replaces them (e.g. with an empty value, to watch H2's default lose
 * rows).
 */
class H2KillDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;

    @Test
    void everyAcknowledgedCommitSurvivesKillMinusNine() throws Exception {
        String options = System.getProperty("danvan.h2.killtest.options", H2TestDatabase.DURABLE_OPTIONS);
        Path directory = Files.createTempDirectory("danvan-h2-kill-");
        try {
            String url = H2TestDatabase.url(directory.resolve("danvan"), options);
            Path childLog = directory.resolve("child-stderr.log");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), H2CommitWriter.class.getName(), url)
                    .redirectError(childLog.toFile()).start();
            List<Long> acknowledged;
            try {
                acknowledged = assertTimeoutPreemptively(Duration.ofMinutes(2),
                        () -> readAcknowledgements(child, childLog));
            } finally {
                child.destroyForcibly();
                child.waitFor();
            }
            assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9), not ended by itself");

            Set<Long> present = new HashSet<>();
            try (HikariDataSource reopened = H2TestDatabase.pool(url)) {
                try (var connection = reopened.getConnection();
                        var result = connection.createStatement().executeQuery("SELECT ID FROM PT_ITEM")) {
                    while (result.next()) {
                        present.add(result.getLong(1));
                    }
                }
            }
            TreeSet<Long> lost = new TreeSet<>(acknowledged);
            lost.removeAll(present);
            System.err.println("H2KillDurabilityTest[options='" + options + "']: " + acknowledged.size()
                    + " commits acknowledged before kill -9, " + present.size() + " rows after reopening, "
                    + lost.size() + " acknowledged rows lost" + describe(lost));
            assertTrue(lost.isEmpty(), lost.size() + " acknowledged commits lost with H2 options '" + options + "'"
                    + describe(lost));
        } finally {
            H2TestDatabase.deleteRecursively(directory);
        }
    }

    private static String describe(TreeSet<Long> lost) {
        return lost.isEmpty() ? "" : " (ids " + lost.first() + " to " + lost.last() + ")";
    }

    private static List<Long> readAcknowledgements(Process child, Path childLog) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (!"READY".equals(first)) {
            fail("child did not start (first line " + first + "): " + Files.readString(childLog));
        }
        List<Long> acknowledged = new ArrayList<>();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            String line = out.readLine();
            if (line == null) {
                fail("child ended early after " + acknowledged.size() + " commits: " + Files.readString(childLog));
            }
            // anything but an id here would also mean something wrote to stdout
            acknowledged.add(Long.parseLong(line.trim()));
        }
        return acknowledged;
    }
}
