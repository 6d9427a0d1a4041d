package org.danvan.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the parser of the government's yearly announcements (the bundled file, and what an administrator loads):
 * any text is parsed or refused with an {@link IllegalArgumentException} that names the file and the line — never a
 * bare parse error, an index error or a date overflow. Seeds (the bundled file and broken lines) in
 * {@code AnnouncementFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see the bundle README).
 */
class AnnouncementFuzzTest {

    private static final String SOURCE = "fuzzed.csv";

    @FuzzTest(maxDuration = "60s")
    void aFileIsParsedOrRefusedNamingTheLine(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            assertNotNull(new AnnouncementParser(CalendarTranslations.vietnameseKeys())
                    .parse(new StringReader(text), SOURCE));
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage() != null && refused.getMessage().startsWith(SOURCE + " line "),
                    "a refusal names the file and line: " + refused);
        }
    }
}
