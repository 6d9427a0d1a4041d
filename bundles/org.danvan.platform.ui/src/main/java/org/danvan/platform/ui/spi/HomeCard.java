package org.danvan.platform.ui.spi;

import java.util.List;
import java.util.Objects;

/**
 * One card of the home page: a titled count with its first few items and a link to the full, filtered list.
 *
 * @param id stable id, unique across modules (prefix it with the module, e.g. {@code cases.overdue}); the shell uses
 *            it for element ids ({@code home-card-<id>} with dots as dashes)
 * @param titleKey translation key of the title
 * @param count how many items there are in all (may exceed {@code items})
 * @param items the first few items (the shell shows at most {@link #MAX_ITEMS})
 * @param seeAll the full list, filtered to what the card counts
 * @param order position on the page, smaller first; ties by id
 * @param severity how urgent a non-empty card is (an empty card is always shown calm)
 */
public record HomeCard(String id, String titleKey, long count, List<HomeCardItem> items, HomeLink seeAll, int order,
        Severity severity) {

    /** The most items a card shows. */
    public static final int MAX_ITEMS = 5;

    /** How a card with items is drawn. */
    public enum Severity {
        /** Information (e.g. today's sessions). */
        NORMAL,
        /** Needs attention soon (e.g. near due, waiting for a decision). */
        WARNING,
        /** Late (e.g. overdue): drawn in red. */
        DANGER
    }

    public HomeCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(seeAll, "seeAll");
        if (!id.matches("[a-z0-9][a-z0-9.-]{0,80}")) {
            throw new IllegalArgumentException("Card id must be lower-case letters, digits, '.' and '-': " + id);
        }
        if (count < 0) {
            throw new IllegalArgumentException("Negative count on card " + id);
        }
        items = items == null ? List.of() : List.copyOf(items.subList(0, Math.min(items.size(), MAX_ITEMS)));
        severity = severity == null ? Severity.NORMAL : severity;
    }
}
