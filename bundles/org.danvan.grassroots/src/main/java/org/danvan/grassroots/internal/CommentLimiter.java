package org.danvan.grassroots.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many comments one connection may leave on the public pages: at most {@code limit} in any {@code window}
 * nanoseconds. Memory is bounded: the least recently seen connections are forgotten first.
 */
final class CommentLimiter {

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Deque<Long>> recent;

    CommentLimiter(int limit, long windowNanos, int maxTracked, LongSupplier nanoTime) {
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.nanoTime = nanoTime;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
                return size() > maxTracked;
            }
        };
    }

    /**
     * The limiter of the public pages from the configured figures: a figure outside its range (1-100 comments,
     * 1-1440 minutes) is logged and its default used, so a typing error never opens the form wide or closes it.
     */
    static CommentLimiter configured(int perWindow, int windowMinutes, int defaultPerWindow, int defaultMinutes,
            org.slf4j.Logger log) {
        int limit = perWindow;
        if (perWindow < 1 || perWindow > 100) {
            log.warn("commentsPerWindow = {} is outside 1-100; using {}", perWindow, defaultPerWindow);
            limit = defaultPerWindow;
        }
        int minutes = windowMinutes;
        if (windowMinutes < 1 || windowMinutes > 1440) {
            log.warn("commentWindowMinutes = {} is outside 1-1440; using {}", windowMinutes, defaultMinutes);
            minutes = defaultMinutes;
        }
        return new CommentLimiter(limit, java.util.concurrent.TimeUnit.MINUTES.toNanos(minutes), 10_000,
                System::nanoTime);
    }

    /** The comments allowed per window. */
    int limit() {
        return limit;
    }

    /** The window, in nanoseconds. */
    long windowNanos() {
        return windowNanos;
    }

    /** Takes one comment's place for the key; false when the key has used all its places in the window. */
    synchronized boolean tryAcquire(String key) {
        long now = nanoTime.getAsLong();
        Deque<Long> times = recent.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
