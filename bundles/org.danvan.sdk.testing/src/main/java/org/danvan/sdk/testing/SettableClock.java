package org.danvan.sdk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.danvan.platform.api.time.PlatformTime;

/**
 * A clock the test moves: hand it to the service under test instead of {@code Clock.system(...)}, then
 * {@link #set} or {@link #advance} it to cross a deadline, a publication day or midnight in Vietnam. Its zone is
 * Vietnam's ({@link PlatformTime#ZONE}) unless said otherwise; every copy made with {@link #withZone} follows the
 * same moment.
 *
 * <pre>{@code
 * SettableClock clock = SettableClock.at("2026-03-02T08:00");   // 08:00 in Hà Nội
 * clock.advance(Duration.ofDays(1));
 * clock.setDay(LocalDate.of(2026, 3, 31));                      // 09:00 that day
 * }</pre>
 */
public final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private SettableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at a moment, in Vietnam's zone. */
    public static SettableClock at(Instant instant) {
        return new SettableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), PlatformTime.ZONE);
    }

    /** A clock at a local date-time in Vietnam, e.g. {@code 2026-03-02T08:00}. */
    public static SettableClock at(String vietnamLocalDateTime) {
        return at(LocalDateTime.parse(vietnamLocalDateTime).atZone(PlatformTime.ZONE).toInstant());
    }

    /** Now, as a settable clock. */
    public static SettableClock now() {
        return at(Instant.now());
    }

    /** Moves the clock to a moment (backwards too). */
    public SettableClock set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
        return this;
    }

    /** Moves the clock to 09:00 in Vietnam on a day. */
    public SettableClock setDay(LocalDate vietnamDay) {
        return set(vietnamDay.atTime(9, 0).atZone(PlatformTime.ZONE).toInstant());
    }

    /** Moves the clock forward (or back, for a negative amount). */
    public SettableClock advance(Duration amount) {
        now.updateAndGet(t -> t.plus(amount));
        return this;
    }

    /** The day it is in Vietnam. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), PlatformTime.ZONE);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view of the same moving moment in another zone. */
    @Override
    public SettableClock withZone(ZoneId otherZone) {
        return new SettableClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "SettableClock[" + instant() + ", " + zone + "]";
    }
}
