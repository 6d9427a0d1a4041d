package org.danvan.platform.api.validation;

import java.util.List;

/**
 * The checks of typed text every form repeats, collecting their violations so that a form reports all its refused
 * fields at once.
 *
 * @since 1.1.0
 */
public final class Texts {

    private Texts() {
    }

    /**
     * A required text, stripped; when it is empty or longer than {@code max} characters, the violation
     * {@code messageKey} (with {@code max} as its argument) is added to {@code problems}.
     *
     * @return the stripped text, {@code ""} for none
     */
    public static String required(List<Violation> problems, String field, String text, int max, String messageKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            problems.add(Violation.of(field, messageKey, max));
        }
        return stripped;
    }

    /**
     * An optional text, stripped, {@code null} when blank; when it is longer than {@code max} characters, the
     * violation {@code messageKey} (with {@code max} as its argument) is added to {@code problems}.
     */
    public static String optional(List<Violation> problems, String field, String text, int max, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            problems.add(Violation.of(field, messageKey, max));
        }
        return stripped;
    }
}
