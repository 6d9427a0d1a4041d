package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The public comment form's limit per client address and its configuration (PID org.danvan.grassroots). */
class CommentLimiterTest {

    @Test
    void aConnectionGetsItsPlacesPerWindowAndThenWaits() {
        AtomicLong now = new AtomicLong();
        CommentLimiter limiter = new CommentLimiter(2, TimeUnit.MINUTES.toNanos(10), 100, now::get);
        assertTrue(limiter.tryAcquire("203.0.113.7"));
        assertTrue(limiter.tryAcquire("203.0.113.7"));
        assertFalse(limiter.tryAcquire("203.0.113.7"), "a third comment in the window");
        assertTrue(limiter.tryAcquire("198.51.100.1"), "another address has its own places");
        now.addAndGet(TimeUnit.MINUTES.toNanos(10));
        assertTrue(limiter.tryAcquire("203.0.113.7"), "the window has passed");
    }

    @Test
    void configuredFiguresAreUsedAndBadOnesFallBackToTheDefaults() {
        CommentLimiter configured = CommentLimiter.configured(5, 60, 3, 10,
                LoggerFactory.getLogger(CommentLimiterTest.class));
        assertEquals(5, configured.limit());
        assertEquals(TimeUnit.MINUTES.toNanos(60), configured.windowNanos());
        for (int[] bad : new int[][] { { 0, 0 }, { 101, 1441 }, { -3, -1 } }) {
            CommentLimiter fallback = CommentLimiter.configured(bad[0], bad[1], 3, 10,
                    LoggerFactory.getLogger(CommentLimiterTest.class));
            assertEquals(3, fallback.limit(), bad[0] + " comments");
            assertEquals(TimeUnit.MINUTES.toNanos(10), fallback.windowNanos(), bad[1] + " minutes");
        }
        assertEquals(100, CommentLimiter.configured(100, 1440, 3, 10, LoggerFactory.getLogger(
                CommentLimiterTest.class)).limit(), "the bounds themselves are allowed");
    }
}
