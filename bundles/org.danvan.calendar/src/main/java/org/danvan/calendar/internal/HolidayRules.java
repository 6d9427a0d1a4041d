package org.danvan.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The default shape of the holidays whose exact days the government sets each year; a year's announcement
 * overrides them. Loaded from {@code calendar/holiday-rules.properties}, which explains each choice.
 *
 * @param tetDaysBeforeNewYear how many of the Tết days come before mùng 1 (default 1: the last day of the year)
 * @param tetDays how many days Tết has (Labour Code 2019 art. 112: 5)
 * @param nationalDayAdjacentAfter for each weekday of 2 September, true if the adjacent day off is 3 September,
 *        false if it is 1 September
 */
public record HolidayRules(int tetDaysBeforeNewYear, int tetDays, Map<DayOfWeek, Boolean> nationalDayAdjacentAfter) {

    /** The bundled rules file. */
    public static final String RESOURCE = "calendar/holiday-rules.properties";

    private static final String TET_DAYS = "tet.days";
    private static final String TET_BEFORE = "tet.daysBeforeNewYear";
    private static final String ADJACENT = "nationalDay.adjacent.";

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the numbers are out of range or a weekday is missing
     */
    public HolidayRules {
        if (tetDays < 1 || tetDays > 10) {
            throw new IllegalArgumentException(TET_DAYS + " must be 1..10, was " + tetDays);
        }
        if (tetDaysBeforeNewYear < 0 || tetDaysBeforeNewYear >= tetDays) {
            throw new IllegalArgumentException(TET_BEFORE + " must be 0.." + (tetDays - 1) + ", was "
                    + tetDaysBeforeNewYear);
        }
        if (nationalDayAdjacentAfter.size() != 7) {
            throw new IllegalArgumentException("nationalDay.adjacent.<WEEKDAY> is needed for all seven weekdays");
        }
        nationalDayAdjacentAfter = Map.copyOf(nationalDayAdjacentAfter);
    }

    /**
     * The rules shipped in the bundle.
     *
     * @return the bundled rules
     * @throws IllegalStateException if the file is missing or invalid
     */
    public static HolidayRules bundled() {
        try (InputStream in = HolidayRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /**
     * Reads rules from a properties text, strictly: unknown keys, missing keys and bad values are errors.
     *
     * @param reader the properties text
     * @param source a name for error messages
     * @return the rules
     * @throws IllegalArgumentException naming the source and the key at fault
     * @throws IOException if reading fails
     */
    public static HolidayRules parse(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Set<String> unknown = new HashSet<>(properties.stringPropertyNames());
        int tetDays = integer(properties, TET_DAYS, source);
        int before = integer(properties, TET_BEFORE, source);
        unknown.remove(TET_DAYS);
        unknown.remove(TET_BEFORE);
        Map<DayOfWeek, Boolean> after = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = ADJACENT + day;
            String value = properties.getProperty(key);
            if (value == null) {
                throw new IllegalArgumentException(source + ": missing " + key + " (before or after)");
            }
            switch (value.trim()) {
                case "before" -> after.put(day, false);
                case "after" -> after.put(day, true);
                default -> throw new IllegalArgumentException(
                        source + ": " + key + " must be 'before' or 'after', was '" + value + "'");
            }
            unknown.remove(key);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown keys " + unknown);
        }
        try {
            return new HolidayRules(before, tetDays, after);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static int integer(Properties properties, String key, String source) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException(source + ": missing " + key);
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": " + key + " must be a whole number, was '" + value + "'");
        }
    }
}
