package org.danvan.nationalexport.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The receiver's answer to a batch: per idempotency key {@code accepted}, {@code duplicate} (already had it: as good
 * as accepted) or {@code rejected} with a reason. A key the answer leaves out stays waiting and goes again.
 */
final class Acknowledgements {

    /** What became of one record. */
    enum Result { ACCEPTED, REJECTED }

    /** One record's answer. */
    record Ack(Result result, String reason) {
    }

    /** Longest reason kept (the receiver's text is shown to administrators, never trusted to be short). */
    static final int MAX_REASON = 500;

    private Acknowledgements() {
    }

    /**
     * The answers by key.
     *
     * @throws IllegalArgumentException if the body is not an acknowledgement of this format
     */
    static Map<String, Ack> parse(String body) {
        Object parsed = Json.read(body == null ? "" : body);
        if (!(parsed instanceof Map<?, ?> answer) || !(answer.get("results") instanceof List<?> results)) {
            throw new IllegalArgumentException("no results in the acknowledgement");
        }
        Map<String, Ack> acks = new LinkedHashMap<>();
        for (Object item : results) {
            if (!(item instanceof Map<?, ?> result) || !(result.get("key") instanceof String key)
                    || !(result.get("status") instanceof String status)) {
                continue;
            }
            switch (status.toLowerCase(java.util.Locale.ROOT)) {
                case "accepted", "duplicate" -> acks.put(key, new Ack(Result.ACCEPTED, null));
                case "rejected" -> acks.put(key, new Ack(Result.REJECTED, reason(result.get("reason"))));
                default -> {
                    // an unknown status acknowledges nothing: the record goes again
                }
            }
        }
        return acks;
    }

    private static String reason(Object reason) {
        String text = reason == null ? "-" : reason.toString().strip();
        text = text.replaceAll("\\p{Cntrl}", " ");
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }
}
