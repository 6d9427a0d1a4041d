package org.danvan.platform.ui.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a {@link HomeCard}.
 *
 * @param label what the line says, already in the user's words (e.g. a case number and its subject); plain text
 * @param date a date to show beside it (e.g. the due date), or {@code null}; the shell formats it
 * @param late whether the date is past (drawn in red)
 * @param target where a click on the line goes
 */
public record HomeCardItem(String label, LocalDate date, boolean late, HomeLink target) {

    public HomeCardItem {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(target, "target");
    }
}
