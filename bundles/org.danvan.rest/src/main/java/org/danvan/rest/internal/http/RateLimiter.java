package org.danvan.rest.internal.http;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per key (a personal access token, or a client address for unauthenticated calls): up to
 * {@code perMinute} calls at once, one more every {@code 60/perMinute} seconds. Keeps at most {@code maxKeys} keys,
 * dropping the least recently used.
 */
public final class RateLimiter {

    private final int perMinute;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, double[]> buckets;

    public RateLimiter(int perMinute, int maxKeys, Clock clock) {
        if (perMinute < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("perMinute " + perMinute + ", maxKeys " + maxKeys);
        }
        this.perMinute = perMinute;
        this.maxKeys = maxKeys;
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
                return size() > RateLimiter.this.maxKeys;
            }
        };
    }

    /**
     * Takes one call for a key.
     *
     * @return empty when allowed; else the whole seconds to wait before the next call is allowed (at least 1)
     */
    public synchronized OptionalLong acquire(String key) {
        long now = clock.millis();
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] { perMinute, now });
        double perMilli = perMinute / 60_000.0;
        bucket[0] = Math.min(perMinute, bucket[0] + (now - bucket[1]) * perMilli);
        bucket[1] = now;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return OptionalLong.empty();
        }
        long waitMillis = (long) Math.ceil((1 - bucket[0]) / perMilli);
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }
}
