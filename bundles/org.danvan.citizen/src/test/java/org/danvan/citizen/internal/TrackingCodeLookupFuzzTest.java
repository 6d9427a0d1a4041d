package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.PublicStatus;
import org.danvan.platform.api.validation.ValidationException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes what a visitor types on the public status page: whatever the bytes, the look-up finds the one known case
 * for its code or refuses with one of the page's own messages, and the code normalisation only ever yields a
 * well-formed code. Any other exception is a finding. Seeds in {@code TrackingCodeLookupFuzzTestInputs}; run with
 * {@code JAZZER_FUZZ=1} to fuzz (see the bundle README).
 */
class TrackingCodeLookupFuzzTest {

    private static final String CODE = "ABCD2345WXYZ9";
    private static final PublicStatus STATUS = new PublicStatus(CaseKind.COMPLAINT_FIRST, CaseStatus.ACCEPTED,
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1));
    private static final Set<String> PAGE_MESSAGES =
            Set.of(StatusLookup.REQUIRED, StatusLookup.NOT_FOUND, StatusLookup.TOO_MANY);

    @FuzzTest(maxDuration = "60s")
    void aTypedCodeIsFoundOrRefusedWithAKnownMessage(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);
        FakeCases cases = new FakeCases();
        cases.byCode.put(CODE, STATUS);
        long[] now = { 0 };
        // a minute passes between look-ups: the limiter never refuses here, the code alone decides
        StatusLookup lookup = new StatusLookup(cases.service, new LookupLimiter(10, 100,
                () -> now[0] += 60_000_000_000L));

        Optional<String> canonical = TrackingCodeInput.canonical(typed);
        canonical.ifPresent(code -> {
            assertTrue(code.matches("[23456789ABCDEFGHJKMNPQRSTVWXYZ]{13}"), code);
            assertEquals(canonical, TrackingCodeInput.canonical(code), "normalising twice changes nothing");
        });
        try {
            PublicStatus found = lookup.lookUp("203.0.113.7", typed);
            assertEquals(STATUS, found);
            assertEquals(Optional.of(CODE), canonical, "found only by its own code");
        } catch (ValidationException refused) {
            assertEquals(1, refused.violations().size());
            assertTrue(PAGE_MESSAGES.contains(refused.violations().get(0).messageKey()), refused.toString());
            assertTrue(!Optional.of(CODE).equals(canonical), "the known code was refused: " + typed);
        }
        // blank input costs nothing; anything else exactly one look-up, of the typed code when it is well formed
        if (TrackingCodeInput.isBlank(typed)) {
            assertEquals(List.of(), cases.asked);
        } else {
            assertEquals(1, cases.asked.size(), cases.asked.toString());
            canonical.ifPresent(code -> assertEquals(code, cases.asked.get(0)));
        }
    }
}
