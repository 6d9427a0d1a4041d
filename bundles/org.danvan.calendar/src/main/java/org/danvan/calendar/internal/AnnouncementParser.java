package org.danvan.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads yearly announcements from CSV lines {@code date,kind,nameKey} ({@code #} starts a comment), strictly:
 * any error names the source and line and nothing is loaded, because a silently skipped line would move
 * deadlines.
 */
public final class AnnouncementParser {

    /** The bundled announcements file. */
    public static final String RESOURCE = "calendar/announcements.csv";

    private final Set<String> knownKeys;

    /**
     * A parser that accepts only the given translation keys.
     *
     * @param knownKeys the keys present in the translation bundle
     */
    public AnnouncementParser(Set<String> knownKeys) {
        this.knownKeys = Set.copyOf(knownKeys);
    }

    /**
     * The announcements shipped in the bundle.
     *
     * @param knownKeys the keys present in the translation bundle
     * @return the announcements by year
     * @throws IllegalStateException if the file is missing
     * @throws IllegalArgumentException if it is invalid
     */
    public static Map<Integer, YearAnnouncement> bundled(Set<String> knownKeys) {
        try (InputStream in = AnnouncementParser.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return new AnnouncementParser(knownKeys).parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                    RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /**
     * Parses announcements.
     *
     * @param reader the CSV text
     * @param source a name for error messages
     * @return the announcements by year, unmodifiable
     * @throws IllegalArgumentException naming the source, line and fault
     * @throws IOException if reading fails
     */
    public Map<Integer, YearAnnouncement> parse(Reader reader, String source) throws IOException {
        Map<Integer, List<AnnouncedDay>> byYear = new TreeMap<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String where = source + " line " + number + ": ";
            String[] fields = content.split(",", -1);
            if (fields.length != 3) {
                throw new IllegalArgumentException(
                        where + "expected 3 fields date,kind,nameKey but found " + fields.length + ": " + content);
            }
            AnnouncedDay day = new AnnouncedDay(date(fields[0].strip(), where), kind(fields[1].strip(), where),
                    fields[2].strip());
            check(day, where);
            Integer previous = seen.putIfAbsent(day.date(), number);
            if (previous != null) {
                throw new IllegalArgumentException(where + day.date() + " is already announced on line " + previous);
            }
            byYear.computeIfAbsent(day.date().getYear(), year -> new ArrayList<>()).add(day);
        }
        Map<Integer, YearAnnouncement> result = new TreeMap<>();
        byYear.forEach((year, days) -> result.put(year, new YearAnnouncement(year, days)));
        return Map.copyOf(result);
    }

    private void check(AnnouncedDay day, String where) {
        if (!knownKeys.contains(day.nameKey())) {
            throw new IllegalArgumentException(where + "unknown name key '" + day.nameKey()
                    + "' (add it to i18n/calendar*.properties first)");
        }
        boolean weekend = day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        switch (day.kind()) {
            case PUBLIC_HOLIDAY -> {
                if (!HolidayKeys.STATUTORY.contains(day.nameKey())) {
                    throw new IllegalArgumentException(where + "PUBLIC_HOLIDAY needs a statutory holiday key "
                            + HolidayKeys.STATUTORY + ", was '" + day.nameKey() + "'");
                }
            }
            case EXTRA_DAY_OFF -> {
                if (weekend) {
                    throw new IllegalArgumentException(where + "EXTRA_DAY_OFF " + day.date() + " is a "
                            + day.date().getDayOfWeek() + ", already a rest day");
                }
            }
            case WORKING_DAY -> {
                if (!weekend) {
                    throw new IllegalArgumentException(where + "WORKING_DAY " + day.date() + " is a "
                            + day.date().getDayOfWeek() + ", already a working day");
                }
            }
        }
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "'" + text + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static AnnouncedDay.Kind kind(String text, String where) {
        try {
            return AnnouncedDay.Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "kind must be one of PUBLIC_HOLIDAY, EXTRA_DAY_OFF, "
                    + "WORKING_DAY, was '" + text + "'");
        }
    }
}
