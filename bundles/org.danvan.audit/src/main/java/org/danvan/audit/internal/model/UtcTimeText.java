package org.danvan.audit.internal.model;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The stored form of audit times: UTC, {@code yyyy-MM-dd HH:mm:ss.ffffff}, always 26 characters, so that text order is
 * time order (range filters and the index work on the text) and every database returns exactly what was written.
 */
public final class UtcTimeText {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private UtcTimeText() {
    }

    /** The text of a UTC time (microseconds kept, anything finer dropped). */
    public static String format(LocalDateTime utc) {
        return utc == null ? null : FORMAT.format(utc);
    }

    /** The time a stored text holds, or {@code null} when it is not in the stored form. */
    public static LocalDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
