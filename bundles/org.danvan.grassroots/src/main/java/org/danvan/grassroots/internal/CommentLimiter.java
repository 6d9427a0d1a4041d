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
