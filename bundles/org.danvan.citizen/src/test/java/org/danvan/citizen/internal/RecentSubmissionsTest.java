package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentSubmissionsTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final RecentSubmissions recent = new RecentSubmissions(100, 2, now::get);

    @Test
    void theSameTextToTheSameUnitIsSeenWithinTheWindowOnly() {
        recent.remember(1, "Đường thôn Đông bị hỏng nặng, đề nghị sửa.");
        assertTrue(recent.seenRecently(1, "  đường THÔN dong bi hong nang  de nghi sua "), "case, accents, spaces");
        assertFalse(recent.seenRecently(2, "Đường thôn Đông bị hỏng nặng, đề nghị sửa."), "another unit");
        assertFalse(recent.seenRecently(1, "Đường thôn Tây bị hỏng nặng, đề nghị sửa."));
        now.addAndGet(100);
        assertFalse(recent.seenRecently(1, "Đường thôn Đông bị hỏng nặng, đề nghị sửa."), "the window is over");
    }

    @Test
    void memoryIsBounded() {
        recent.remember(1, "một");
        recent.remember(1, "hai");
        recent.remember(1, "ba");
        assertFalse(recent.seenRecently(1, "một"), "the oldest is dropped");
        assertTrue(recent.seenRecently(1, "ba"));
    }
}
