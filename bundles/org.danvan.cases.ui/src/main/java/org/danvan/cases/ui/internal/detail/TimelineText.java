package org.danvan.cases.ui.internal.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.danvan.cases.api.CaseStep;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Translate;

/**
 * The details of a timeline step as lines for people: known keys get a translated label, enum values their label,
 * ISO days the Vietnamese date format. Unknown keys are shown as they are, so a newer engine's details still show.
 */
public final class TimelineText {

    /** Detail keys whose value is an enum constant with a label in the engine's translations. */
    private static final Map<String, String> ENUM_PREFIX = Map.of("outcome", "case.outcome.", "kind", "case.kind.",
            "channel", "case.channel.", "ground", "case.extension.ground.");
    private static final Set<String> DAY_KEYS = Set.of("decidedOn", "dueBefore", "dueAfter", "resolvedOn", "dueDate",
            "acceptedOn", "notifiedOn", "receivedOn", "noticeDue", "sentOn", "suspendedOn", "withdrawnOn",
            "heldOn", "noticeSentOn", "noticeLatestOn");
    /** Keys that say nothing to a reader (content hashes) stay out of the timeline. */
    private static final Set<String> HIDDEN = Set.of("sha256");

    private TimelineText() {
    }

    /** One line per detail, sorted by key for a stable order. */
    public static List<String> lines(CaseStep step, Translate translate) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> detail : new TreeMap<>(step.details()).entrySet()) {
            String key = detail.getKey();
            String value = detail.getValue();
            if (value == null || value.isBlank() || HIDDEN.contains(key)) {
                continue;
            }
            lines.add(label(key, translate) + ": " + value(key, value, translate));
        }
        return lines;
    }

    static String label(String key, Translate translate) {
        String translationKey = "cases.ui.step." + key;
        String text = translate.text(translationKey);
        return text == null || text.startsWith("!") ? key : text;
    }

    static String value(String key, String value, Translate translate) {
        String prefix = ENUM_PREFIX.get(key);
        if (prefix != null && value.matches("[A-Z_]+")) {
            return translate.text(prefix + value);
        }
        if ("rule".equals(key)) {
            String text = translate.text("rules." + value);
            return text == null || text.startsWith("!") ? value : text;
        }
        if ("late".equals(key) || "processable".equals(key) || "suspensionNoticeSent".equals(key)
                || "noticeLate".equals(key)) {
            return translate.text("true".equals(value) ? "cases.ui.yes" : "cases.ui.no");
        }
        if (DAY_KEYS.contains(key) && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalizedDates.format(java.time.LocalDate.parse(value));
        }
        return value;
    }
}
