package org.danvan.calendar.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.danvan.calendar.api.LunarDate;
import org.danvan.calendar.api.VietnameseLunarCalendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunar calendar as ICU4J's Chinese calendar with its astronomy done for UTC+7 instead of
 * UTC+8. The rules (new moon starts the month, month 11 holds the winter solstice, the first month without a
 * major solar term is the leap month) are the same; only the meridian differs, and that alone moves Tết in
 * years such as 1985 and 2007. Vietnam has used UTC+7 for its calendar since 1968; earlier dates are computed
 * with UTC+7 too and may differ from the calendars printed then.
 */
public final class IcuVietnameseLunarCalendar implements VietnameseLunarCalendar {

    private static final int MILLIS_PER_HOUR = 3_600_000;
    /** Same epoch as ICU's Chinese calendar (2637 BCE); only the astronomy zone changes. */
    private static final int EPOCH_YEAR = -2636;
    /** EXTENDED_YEAR counts from the epoch: Gregorian year Y (after Tết) is extended year Y + 2637. */
    private static final int EXTENDED_YEAR_OFFSET = 1 - EPOCH_YEAR;
    private static final TimeZone VIETNAM = new SimpleTimeZone(7 * MILLIS_PER_HOUR, "GMT+07:00");

    /** ICU's calendars are not thread-safe; one instance keeps its new-moon caches warm, guarded by itself. */
    private final VietnameseChineseCalendar calendar = new VietnameseChineseCalendar();

    @Override
    public LunarDate toLunar(LocalDate date) {
        long millis = date.atStartOfDay(ZoneOffset.ofHours(7)).toInstant().toEpochMilli();
        synchronized (calendar) {
            calendar.clear();
            calendar.setTimeInMillis(millis);
            return new LunarDate(calendar.get(Calendar.EXTENDED_YEAR) - EXTENDED_YEAR_OFFSET,
                    calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH),
                    calendar.get(Calendar.IS_LEAP_MONTH) == 1);
        }
    }

    @Override
    public LocalDate toSolar(LunarDate date) {
        LocalDate solar;
        synchronized (calendar) {
            calendar.clear();
            calendar.set(Calendar.EXTENDED_YEAR, date.year() + EXTENDED_YEAR_OFFSET);
            calendar.set(Calendar.MONTH, date.month() - 1);
            calendar.set(Calendar.IS_LEAP_MONTH, date.leapMonth() ? 1 : 0);
            calendar.set(Calendar.DAY_OF_MONTH, date.day());
            solar = java.time.Instant.ofEpochMilli(calendar.getTimeInMillis()).atOffset(ZoneOffset.ofHours(7))
                    .toLocalDate();
        }
        // ICU is lenient: a 30th of a 29-day month or a missing leap month rolls over silently
        if (!toLunar(solar).equals(date)) {
            throw new IllegalArgumentException("no such lunar date: " + date);
        }
        return solar;
    }

    /** Opens ICU's protected constructor that takes the zone used for the astronomical calculation. */
    @SuppressWarnings("deprecation")
    private static final class VietnameseChineseCalendar extends ChineseCalendar {
        private static final long serialVersionUID = 1L;

        VietnameseChineseCalendar() {
            super(VIETNAM, ULocale.ROOT, EPOCH_YEAR, VIETNAM);
        }
    }
}
