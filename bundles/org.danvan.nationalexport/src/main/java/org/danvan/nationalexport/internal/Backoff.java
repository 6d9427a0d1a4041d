package org.danvan.nationalexport.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long to wait after failures in a row: the base doubled per failure, never above the maximum, then a random
 * share of it taken off ("equal jitter": between half and all of it) so that many servers failing together do not
 * come back together.
 */
record Backoff(Duration base, Duration max) {

    Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("base " + base + ", max " + max);
        }
    }

    /**
     * @param failures failures in a row, at least 1
     * @param random a number in [0, 1)
     */
    Duration delay(int failures, DoubleSupplier random) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long millis = base.toMillis() << doublings;
        if (millis <= 0 || millis > max.toMillis()) {
            millis = max.toMillis();
        }
        long half = millis / 2;
        return Duration.ofMillis(half + Math.round(random.getAsDouble() * (millis - half)));
    }
}
