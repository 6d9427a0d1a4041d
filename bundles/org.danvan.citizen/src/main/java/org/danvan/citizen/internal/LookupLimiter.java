package org.danvan.citizen.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Slows down guessing of tracking codes: a token bucket per client address. Each address may do
 * {@code lookupsPerMinute} look-ups at once and gets them back evenly over a minute; beyond that it is refused with
 * the seconds until the next look-up is allowed.
 * <p>
 * Memory is bounded: at most {@code maxAddresses} buckets are kept, the least recently used one is dropped first. A
 * dropped bucket starts full again, which gives nothing away: an address idle for a minute has a full bucket anyway,
 * and pushing one's own bucket out needs {@code maxAddresses} other addresses, each limited on its own.
 * <p>
 * The clock is a monotonic nanosecond source ({@link System#nanoTime()} in production) so that wall-clock jumps
 * neither lock citizens out nor refill buckets.
 */
final class LookupLimiter {

    /** The outcome of one look-up request: granted, or refused with the wait before the next one. */
    record Admission(boolean granted, long retryAfterSeconds) {

        static final Admission GRANTED = new Admission(true, 0);
    }

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long nanosPerToken;
    private final long fullCredit;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    /**
     * @param lookupsPerMinute look-ups an address may do in a burst and per minute, at least 1
     * @param maxAddresses buckets kept at most, at least 1
     * @param nanoTime monotonic clock in nanoseconds
     */
    LookupLimiter(int lookupsPerMinute, int maxAddresses, LongSupplier nanoTime) {
        this(lookupsPerMinute, NANOS_PER_MINUTE, maxAddresses, nanoTime);
    }

    /**
     * @param perPeriod requests an address may do in a burst and per period, at least 1
     * @param periodNanos the period, in nanoseconds (the online form counts per hour)
     * @param maxAddresses buckets kept at most, at least 1
     * @param nanoTime monotonic clock in nanoseconds
     */
    LookupLimiter(int perPeriod, long periodNanos, int maxAddresses, LongSupplier nanoTime) {
        if (perPeriod < 1 || maxAddresses < 1 || periodNanos < perPeriod) {
            throw new IllegalArgumentException("limits must be positive: " + perPeriod + ", " + maxAddresses);
        }
        this.nanosPerToken = periodNanos / perPeriod;
        this.fullCredit = nanosPerToken * perPeriod;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(Math.min(maxAddresses, 1024), 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    /** Takes one look-up from the address's bucket, or says how long to wait. */
    synchronized Admission admit(String address) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.get(address);
        if (bucket == null) {
            bucket = new Bucket(fullCredit, now);
            buckets.put(address, bucket);
        } else {
            bucket.refill(now, fullCredit);
        }
        if (bucket.credit >= nanosPerToken) {
            bucket.credit -= nanosPerToken;
            return Admission.GRANTED;
        }
        long missing = nanosPerToken - bucket.credit;
        return new Admission(false, Math.max(1, (missing + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND));
    }

    /** How many addresses are remembered now. */
    synchronized int trackedAddresses() {
        return buckets.size();
    }

    /**
     * Tokens kept as nanoseconds of credit (one look-up costs {@code nanosPerToken}), so that refills add up exactly
     * however the calls fall.
     */
    private static final class Bucket {

        long credit;
        long updatedAt;

        Bucket(long credit, long now) {
            this.credit = credit;
            this.updatedAt = now;
        }

        void refill(long now, long fullCredit) {
            long elapsed = now - updatedAt;
            if (elapsed > 0) {
                credit = elapsed >= fullCredit ? fullCredit : Math.min(fullCredit, credit + elapsed);
                updatedAt = now;
            }
        }
    }
}
