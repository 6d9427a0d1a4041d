package org.danvan.rules.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the parser of the statutory rule table (the bundled rows, modules' rows and overrides): any text is parsed
 * or refused with an {@link IllegalArgumentException} that names the file — never a bare number format, index or
 * date error. Seeds (the bundled table and broken rows) in {@code RuleTableFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the bundle README).
 */
class RuleTableFuzzTest {

    private static final String SOURCE = "fuzzed.csv";

    @FuzzTest(maxDuration = "60s")
    void aFileIsParsedOrRefusedNamingTheLine(byte[] input) throws IOException {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            assertNotNull(RuleTableParser.read(new StringReader(text), SOURCE));
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage() != null && refused.getMessage().startsWith(SOURCE),
                    "a refusal names the file: " + refused);
        }
    }
}
