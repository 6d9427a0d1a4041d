package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingCodeInputTest {

    private static final String CANONICAL = "ABCD2345WXYZ9";

    @ParameterizedTest
    @ValueSource(strings = { "ABCD2345WXYZ9", "ABCD-2345-WXYZ9", "abcd-2345-wxyz9", " abcd 2345 wxyz9 ",
            "ABCD – 2345 — WXYZ9", "abcd\u00A02345\u00A0wxyz9", "ABCD\u20112345\u2011WXYZ9", "\tAbCd-2345-wXyZ9\n",
            "A-B-C-D-2-3-4-5-W-X-Y-Z-9" })
    void spacesDashesAndLowerCaseAreNormalised(String typed) {
        assertEquals(Optional.of(CANONICAL), TrackingCodeInput.canonical(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "ABCD-2345-WXYZ", "ABCD-2345-WXYZ99", "ABCD-2345-WXYZ0", "ABCD-2345-WXYZO",
            "ABCD-2345-WXYZ1", "ABCD-2345-WXYZI", "ABCD-2345-WXYZL", "ABCD-2345-WXYZU", "ABCD-2345-WXYZ_",
            "ABCD.2345.WXYZ9", "ABCD-2345-WXYZ9'", "ĂBCD-2345-WXYZ9", "' OR 1=1 --" })
    void anythingElseIsNoCode(String typed) {
        assertEquals(Optional.empty(), TrackingCodeInput.canonical(typed));
    }

    @Test
    void overlongInputIsRefusedBeforeItIsLookedAt() {
        String padded = "ABCD-2345-WXYZ9" + " ".repeat(TrackingCodeInput.MAX_TYPED_LENGTH);
        assertEquals(Optional.empty(), TrackingCodeInput.canonical(padded));
        assertEquals(Optional.of(CANONICAL), TrackingCodeInput.canonical("ABCD-2345-WXYZ9" + " ".repeat(5)));
    }

    @Test
    void blankMeansNothingButSeparators() {
        assertTrue(TrackingCodeInput.isBlank(null));
        assertTrue(TrackingCodeInput.isBlank(""));
        assertTrue(TrackingCodeInput.isBlank(" - \u00A0– "));
        assertFalse(TrackingCodeInput.isBlank("x"));
        assertEquals(Optional.empty(), TrackingCodeInput.canonical(null));
    }
}
