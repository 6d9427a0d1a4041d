package org.danvan.platform.api.feed;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record as it leaves the installation.
 *
 * @param id the record's id within its type
 * @param marker its change marker, as {@link RecordFeed#markers} gives it
 * @param unitId the org unit it belongs to
 * @param label a short human reference (at most 32 characters), e.g. the entry number {@code 2026/15}
 * @param fields the export view, in a fixed order: names to values that are {@code null}, {@link String},
 *            {@link Boolean}, {@link Integer}, {@link Long}, {@link BigDecimal}, or a {@link List} or {@link Map} of
 *            such values (dates and times as ISO-8601 text, see {@link #text}); the names {@code key},
 *            {@code recordType} and {@code unit} belong to the adapter's envelope and are not taken from here
 */
public record FeedRecord(long id, String marker, long unitId, String label, Map<String, Object> fields) {

    public FeedRecord {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(label, "label");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A date or instant as ISO-8601 text, {@code null} kept. */
    public static String text(Object temporal) {
        return temporal == null ? null : temporal.toString();
    }
}
