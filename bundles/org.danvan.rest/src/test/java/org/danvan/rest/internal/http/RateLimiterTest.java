package org.danvan.rest.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.OptionalLong;

import org.danvan.sdk.testing.SettableClock;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final SettableClock clock = SettableClock.at("2026-03-02T08:00:00");

    @Test
    void aBurstUpToTheLimitThenOneCallEveryPeriod() {
        RateLimiter limiter = new RateLimiter(6, 100, clock);
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.acquire("t1").isEmpty(), "call " + i);
        }
        OptionalLong wait = limiter.acquire("t1");
        assertEquals(OptionalLong.of(10), wait, "one call comes back every 60/6 seconds");
        assertTrue(limiter.acquire("t2").isPresent() == false, "another token has its own bucket");
        clock.advance(Duration.ofSeconds(9));
        assertEquals(OptionalLong.of(1), limiter.acquire("t1"));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.acquire("t1").isEmpty());
        assertTrue(limiter.acquire("t1").isPresent());
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.acquire("t1").isEmpty(), "refilled to the limit, not beyond");
        }
        assertTrue(limiter.acquire("t1").isPresent());
    }

    @Test
    void forgetsTheLeastRecentlyUsedKeysBeyondItsCapacity() {
        RateLimiter limiter = new RateLimiter(1, 2, clock);
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("c");
        assertTrue(limiter.acquire("a").isEmpty(), "a was dropped and starts full again");
        assertTrue(limiter.acquire("c").isPresent());
    }
}
