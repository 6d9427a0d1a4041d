package org.danvan.citizen.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Refuses the same text sent again to the same unit within a window: a citizen who taps "send" twice, or a script
 * replaying one submission. Only a SHA-256 fingerprint of the folded text is kept (never the text), in memory,
 * bounded, oldest dropped first; a restart forgets it. Similar but not identical letters are the case engine's
 * duplicate detection's job, which shows them to the officer.
 */
final class RecentSubmissions {

    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Long> seen;

    RecentSubmissions(long windowNanos, int maxKept, LongSupplier nanoTime) {
        this.windowNanos = windowNanos;
        this.nanoTime = nanoTime;
        this.seen = new LinkedHashMap<>(Math.min(maxKept, 1024), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maxKept;
            }
        };
    }

    /** Whether the same text went to the same unit within the window. */
    synchronized boolean seenRecently(long unitId, String content) {
        Long at = seen.get(fingerprint(unitId, content));
        return at != null && nanoTime.getAsLong() - at < windowNanos;
    }

    /** Remembers a text that was recorded. */
    synchronized void remember(long unitId, String content) {
        String key = fingerprint(unitId, content);
        seen.remove(key);
        seen.put(key, nanoTime.getAsLong());
    }

    /** Case, accents, spacing and punctuation do not make a text new. */
    static String fingerprint(long unitId, String content) {
        String folded = Normalizer.normalize(content == null ? "" : content, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((unitId + "|" + folded).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
