package org.danvan.nationalexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(60));

    @Test
    void theWaitDoublesPerFailureUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(30), backoff.delay(1, () -> 0.999_999_999));
        assertEquals(Duration.ofSeconds(60), backoff.delay(2, () -> 0.999_999_999));
        assertEquals(Duration.ofSeconds(120), backoff.delay(3, () -> 0.999_999_999));
        assertEquals(Duration.ofMinutes(60), backoff.delay(8, () -> 0.999_999_999));
        assertEquals(Duration.ofMinutes(60), backoff.delay(1000, () -> 0.999_999_999), "no overflow");
    }

    @Test
    void jitterTakesOffAtMostHalf() {
        assertEquals(Duration.ofSeconds(15), backoff.delay(1, () -> 0));
        assertEquals(Duration.ofMinutes(30), backoff.delay(50, () -> 0));
        Random random = new Random(7);
        for (int failures = 1; failures < 20; failures++) {
            Duration full = backoff.delay(failures, () -> 0.999_999_999);
            Duration delay = backoff.delay(failures, random::nextDouble);
            assertTrue(delay.compareTo(full.dividedBy(2)) >= 0 && delay.compareTo(full) <= 0, delay + " of " + full);
        }
    }

    @Test
    void aMaximumBelowTheBaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(5)));
    }
}
