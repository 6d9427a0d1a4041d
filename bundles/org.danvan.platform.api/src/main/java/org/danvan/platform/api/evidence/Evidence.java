package org.danvan.platform.api.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One piece of evidence: a figure (with what it is measured against, if anything) or a fact, its translated label,
 * and where to see the records behind it.
 *
 * @param kind the {@link EvidenceKind#id()}
 * @param labelKey translation key of the sentence shown, e.g. "{0} of {1} cases resolved on time"
 * @param labelArgs the sentence's arguments
 * @param value the figure (count, days, share 0..1), {@code null} for a fact
 * @param target what the figure is measured against (the total, the minimum the rule asks), {@code null} if nothing
 * @param route the route of the screen that shows the records (no leading slash), {@code null} for none
 * @param parameters query parameters for that screen (filters), possibly empty
 * @param personUserId the person it is about, {@code null} for a unit
 * @param personName that person's name, {@code null} for a unit
 */
public record Evidence(String kind, String labelKey, List<Object> labelArgs, BigDecimal value, BigDecimal target,
        String route, Map<String, String> parameters, Long personUserId, String personName) {

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(labelKey, "labelKey");
        labelArgs = List.copyOf(labelArgs);
        parameters = Map.copyOf(parameters);
    }

    /** A figure about a unit, against a target (or {@code null}), with a link. */
    public static Evidence figure(String kind, String labelKey, long value, Long target, String route,
            Map<String, String> parameters, Object... labelArgs) {
        return new Evidence(kind, labelKey, List.of(labelArgs), BigDecimal.valueOf(value),
                target == null ? null : BigDecimal.valueOf(target), route, parameters, null, null);
    }

    /** Whether the figure reaches its target (true when there is no target or no figure). */
    public boolean meetsTarget() {
        return value == null || target == null || value.compareTo(target) >= 0;
    }
}
