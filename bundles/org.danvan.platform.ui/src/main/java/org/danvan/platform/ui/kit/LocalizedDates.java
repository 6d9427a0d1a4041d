package org.danvan.platform.ui.kit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers that speak the user's language: month and day names from the JDK's locale data, Monday first, and
 * {@code dd/MM/yyyy} as in Vietnamese official documents. Times are shown in Vietnam's time zone, whatever the
 * server's.
 */
public final class LocalizedDates {

    private LocalizedDates() {
    }

    public static DatePicker.DatePickerI18n i18n(Locale locale, String today, String cancel) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(monthNames(locale));
        i18n.setWeekdays(weekdays(locale, TextStyle.FULL_STANDALONE));
        i18n.setWeekdaysShort(weekdays(locale, TextStyle.SHORT_STANDALONE));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(today);
        i18n.setCancel(cancel);
        // the first format displays; the others also parse what people type, e.g. 2/3/2026
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        return i18n;
    }

    public static List<String> monthNames(Locale locale) {
        return Arrays.stream(Month.values()).map(m -> capitalized(m.getDisplayName(TextStyle.FULL_STANDALONE, locale),
                locale)).toList();
    }

    /** Sunday first, as the web component expects. */
    public static List<String> weekdays(Locale locale, TextStyle style) {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).stream()
                .map(d -> capitalized(d.getDisplayName(style, locale), locale)).toList();
    }

    private static String capitalized(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Vietnam's time zone: days and times of records are those of the administration. */
    public static final ZoneId VIETNAM = org.danvan.platform.api.time.PlatformTime.ZONE;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);

    /** A day as {@code dd/MM/yyyy}; empty for {@code null}. */
    public static String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A moment as {@code dd/MM/yyyy HH:mm:ss} in Vietnam; empty for {@code null}. */
    public static String format(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
