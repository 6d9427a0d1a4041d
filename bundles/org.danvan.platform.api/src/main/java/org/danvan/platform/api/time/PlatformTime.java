package org.danvan.platform.api.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Vietnam's time zone (UTC+7, no daylight saving) in which every statutory day of DanVan is counted: a petition
 * received at 23:30 UTC on the 1st was received on the 2nd.
 */
public final class PlatformTime {

    /** {@code Asia/Ho_Chi_Minh}. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private PlatformTime() {
    }

    /** The Vietnamese calendar day now, by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** A system clock in Vietnam's zone. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }
}
