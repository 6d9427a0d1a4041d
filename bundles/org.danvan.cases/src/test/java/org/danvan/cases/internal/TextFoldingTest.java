package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsVietnameseToPlainLowerCaseWords() {
        assertEquals("nguyen van an", TextFolding.fold("Nguyễn  Văn AN"));
        assertEquals("dang quoc viet", TextFolding.fold("Đặng Quốc Việt"));
        assertEquals("duong 3 2", TextFolding.fold("đường 3/2!"));
        assertEquals(List.of("khieu", "nai"), TextFolding.words("Khiếu-nại"));
        assertEquals("", TextFolding.fold(null));
        assertEquals("0912000111", IdentityVault.normalisePhone("+84 912 000 111"));
        assertNull(TextFolding.digits("không số"));
    }

    @Test
    void trackingCodesAreLongRandomAndTypable() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = TrackingCodes.next();
            assertEquals(13, code.length());
            assertTrue(code.chars().allMatch(c -> TrackingCodes.CANONICAL_ALPHABET.indexOf(c) >= 0), code);
            codes.add(code);
        }
        assertEquals(2000, codes.size());
        assertTrue(13 * Math.log(TrackingCodes.CANONICAL_ALPHABET.length()) / Math.log(2) >= 60);
        for (char ambiguous : "01ILOU".toCharArray()) {
            assertEquals(-1, TrackingCodes.CANONICAL_ALPHABET.indexOf(ambiguous));
        }
        String code = TrackingCodes.next();
        assertEquals(code, TrackingCodes.canonical(TrackingCodes.display(code).toLowerCase()));
        assertNull(TrackingCodes.canonical("ABCD-EFGH-IJKL0"));
    }

    @Test
    void sketchesIgnoreStopListedShingles() {
        String letter = "Kính gửi ủy ban nhân dân xã Tiên Du về việc lấn chiếm đất";
        Set<Long> all = DuplicateDetector.sketch(letter);
        assertEquals(12, all.size(), "14 words, 12 three-word shingles");
        Long opening = DuplicateDetector.sketch("Kính gửi ủy").iterator().next();
        assertTrue(all.contains(opening));
        Set<Long> filtered = DuplicateDetector.sketch(letter, Set.of(opening));
        assertEquals(11, filtered.size());
        assertTrue(!filtered.contains(opening));
    }

    @Test
    void stepDetailsSurviveTheirEncoding() {
        java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("note", "dòng 1\ndòng = 2 \\ hết");
        details.put("a=b", "x");
        assertEquals(details, StepDetails.decode(StepDetails.encode(details)));
    }
}
