package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The case engine as an administrator checks it from the Karaf console of the real distribution: the calendar and
 * the statutory clocks, a denunciation recorded and shown redacted, and the database file without the denouncer's
 * name in clear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseEngineConsoleIT {

    private static final String DENOUNCER = "Trịnh Quang Vĩnh";
    private static final String CONTENT = "Phản ánh việc san lấp ao công cộng ở thôn Đông tổ " + System.nanoTime() % 10000;

    private KarafDistribution karaf;
    private String caseNumber;

    @BeforeAll
    void start() {
        karaf = KarafDistribution.fromBuild();
        karaf.start();
    }

    @AfterAll
    void stop() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    @Order(1)
    void holidaysOf2026IncludeTetAndTheHungKingsCompensatoryDay() {
        String out = karaf.shell("danvan:holidays 2026");
        for (String day : List.of("2026-01-01", "2026-02-16", "2026-02-17", "2026-04-27", "2026-04-30", "2026-05-01",
                "2026-09-02")) {
            assertTrue(out.contains(day), day + " missing in\n" + out);
        }
        // Hùng Kings day 2026 (10/3 lunar) is Sunday 26 April: a weekend day is not listed, its compensatory day is
        assertFalse(out.contains("2026-04-26"), out);
    }

    @Test
    @Order(2)
    void deadlinesCountCalendarAndWorkingDaysAcrossTet() {
        // 30 days from Monday 2 March 2026: Wednesday 1 April
        assertEquals("2026-04-01", lastLine(karaf.shell("danvan:deadline complaint.first.resolve 2026-03-02")));
        // 7 working days from Thursday 12 February 2026: Friday 13, then the Tết break 14–22 February, then 23–27
        // February and Monday 2 March
        assertEquals("2026-03-02", lastLine(karaf.shell("danvan:deadline denunciation.classify 2026-02-12")));
        // an unknown rule fails the command with a message naming it (and the known ids), never a date
        AssertionError unknown = assertThrows(AssertionError.class,
                () -> karaf.shell("danvan:deadline no.such.rule 2026-03-02"));
        assertTrue(unknown.getMessage().contains("no.such.rule") && unknown.getMessage().contains("complaint.filing"),
                unknown.getMessage());
    }

    @Test
    @Order(3)
    void aDenunciationIsRecordedAndShownRedacted() {
        String created = karaf.shell("danvan:case-create --unit 24003 --kind denunciation --name \"" + DENOUNCER
                + "\" --address \"Thôn Đông, xã Tiên Du\" \"" + CONTENT + "\"");
        Matcher number = Pattern.compile("Created case (\\d{4}/\\d+)").matcher(created);
        assertTrue(number.find(), created);
        caseNumber = number.group(1);
        assertTrue(Pattern.compile("Tracking code for the citizen: \\S{10,}").matcher(created).find(), created);

        String shown = karaf.shell("danvan:case-show " + caseNumber);
        assertTrue(shown.contains(caseNumber) && shown.contains("san lấp ao"), shown);
        assertFalse(shown.contains(DENOUNCER), "the denouncer's name must be redacted:\n" + shown);
        assertFalse(shown.contains("Trịnh"), shown);

        String listed = karaf.shell("danvan:case-list --text \"san lap ao cong cong\"");
        assertTrue(listed.contains(caseNumber), "diacritic-insensitive search:\n" + listed);
    }

    @Test
    @Order(4)
    void theDatabaseFileHoldsTheContentButNotTheDenouncersName() {
        // Karaf logs every command that fails at ERROR (ShellUtil); the one refused on purpose above is not a fault
        List<String> errors = karaf.logErrors().stream()
                .filter(line -> !line.contains("ShellUtil") || !line.contains("Exception caught while executing command"))
                .toList();
        assertEquals(List.of(), errors, "ERROR lines in " + karaf.logFile());
        karaf.stop();
        byte[] database = databaseBytes();
        // the control proves the scan reads the real data: the (unprotected) content is there in clear
        assertTrue(contains(database, CONTENT.substring(0, 30)), "control text not found in the database file");
        assertFalse(contains(database, DENOUNCER), "the denouncer's name is in the database file in clear");
        assertFalse(contains(database, "Quang Vĩnh"), "part of the denouncer's name is in the database file");
    }

    private byte[] databaseBytes() {
        try (Stream<Path> files = Files.list(karaf.home().resolve("data/db"))) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(file));
            }
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes hold the text in UTF-8 or in H2's own string encoding (see {@link #h2Encoded}). */
    private static boolean contains(byte[] haystack, String text) {
        return contains(haystack, text.getBytes(StandardCharsets.UTF_8)) || contains(haystack, h2Encoded(text));
    }

    /**
     * H2's MVStore writes strings almost like UTF-8 but without the continuation-byte marks (DataUtils.writeString:
     * one byte below 0x80, else 0xc0|c>>6, c&0x3f, or 0xe0|c>>12, c>>6&0x3f, c&0x3f), so a UTF-8 scan alone would
     * miss every Vietnamese letter with a diacritic.
     */
    private static byte[] h2Encoded(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
