package org.danvan.calendar.internal;

import java.util.Set;

/** Translation keys of the holiday names, in {@code i18n/calendar*.properties}. */
public final class HolidayKeys {
    /** 1 January. */
    public static final String NEW_YEAR = "calendar.holiday.newYear";
    /** Tết Nguyên đán, all of its days. */
    public static final String TET = "calendar.holiday.tet";
    /** Giỗ Tổ Hùng Vương, 10/3 lunar. */
    public static final String HUNG_KINGS = "calendar.holiday.hungKings";
    /** 30 April. */
    public static final String REUNIFICATION = "calendar.holiday.reunification";
    /** 1 May. */
    public static final String LABOUR_DAY = "calendar.holiday.labourDay";
    /** 2 September. */
    public static final String NATIONAL_DAY = "calendar.holiday.nationalDay";
    /** 1 or 3 September. */
    public static final String NATIONAL_DAY_ADJACENT = "calendar.holiday.nationalDayAdjacent";
    /** A compensatory day off (art. 111). */
    public static final String COMPENSATORY = "calendar.holiday.compensatory";
    /** A weekday off by announcement, in exchange for a Saturday worked. */
    public static final String SWAPPED_DAY_OFF = "calendar.holiday.swappedDayOff";
    /** A Saturday worked by announcement. */
    public static final String SWAPPED_WORKING_DAY = "calendar.workingDay.swapped";

    /** The keys a {@code PUBLIC_HOLIDAY} line of the announcements file may use. */
    public static final Set<String> STATUTORY = Set.of(NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR_DAY,
            NATIONAL_DAY, NATIONAL_DAY_ADJACENT);

    private HolidayKeys() {
    }
}
