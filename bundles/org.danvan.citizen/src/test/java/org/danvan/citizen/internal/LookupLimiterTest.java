package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LookupLimiterTest {

    /** A clock that moves only when told to, starting far from zero as System.nanoTime may. */
    private long now = -5_000_000_000_000L;
    private final LookupLimiter limiter = new LookupLimiter(10, 1000, () -> now);

    private void advance(Duration duration) {
        now += duration.toNanos();
    }

    @Test
    void tenLookUpsAMinuteThenTheWaitInSeconds() {
        for (int i = 1; i <= 10; i++) {
            assertTrue(limiter.admit("203.0.113.7").granted(), "look-up " + i);
        }
        LookupLimiter.Admission refused = limiter.admit("203.0.113.7");
        assertFalse(refused.granted());
        // one look-up comes back every 6 seconds
        assertEquals(6, refused.retryAfterSeconds());

        advance(Duration.ofMillis(4500));
        assertEquals(new LookupLimiter.Admission(false, 2), limiter.admit("203.0.113.7"));
        advance(Duration.ofMillis(1499));
        assertEquals(new LookupLimiter.Admission(false, 1), limiter.admit("203.0.113.7"));
        advance(Duration.ofMillis(1));
        assertTrue(limiter.admit("203.0.113.7").granted());
        assertFalse(limiter.admit("203.0.113.7").granted());
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 10; i++) {
            limiter.admit("203.0.113.7");
        }
        for (int i = 0; i < 50; i++) {
            limiter.admit("203.0.113.7");
            advance(Duration.ofMillis(100));
        }
        // 5 s have passed while hammering: the first look-up is back after 6 s all the same
        advance(Duration.ofMillis(1000));
        assertTrue(limiter.admit("203.0.113.7").granted());
    }

    @Test
    void aQuietMinuteRefillsTheBucketButNeverBeyondTen() {
        for (int i = 0; i < 10; i++) {
            limiter.admit("203.0.113.7");
        }
        advance(Duration.ofHours(3));
        for (int i = 1; i <= 10; i++) {
            assertTrue(limiter.admit("203.0.113.7").granted(), "look-up " + i);
        }
        assertFalse(limiter.admit("203.0.113.7").granted());
    }

    @Test
    void eachAddressHasItsOwnBucket() {
        for (int i = 0; i < 10; i++) {
            limiter.admit("203.0.113.7");
        }
        assertFalse(limiter.admit("203.0.113.7").granted());
        assertTrue(limiter.admit("198.51.100.20").granted());
    }

    @Test
    void memoryIsBoundedAndTheLeastRecentlySeenAddressGoesFirst() {
        LookupLimiter small = new LookupLimiter(2, 3, () -> now);
        small.admit("a");
        small.admit("a");
        small.admit("b");
        small.admit("b");
        small.admit("c");
        // "a" used most recently: "b" is now the eldest
        assertFalse(small.admit("a").granted());
        small.admit("d");
        assertEquals(3, small.trackedAddresses());
        // "a" and its empty bucket are still remembered; "b" was dropped and starts afresh
        assertFalse(small.admit("a").granted());
        assertTrue(small.admit("b").granted());

        for (int i = 0; i < 10_000; i++) {
            small.admit("x" + i);
        }
        assertEquals(3, small.trackedAddresses());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new LookupLimiter(0, 10, () -> now));
        assertThrows(IllegalArgumentException.class, () -> new LookupLimiter(10, 0, () -> now));
    }
}
