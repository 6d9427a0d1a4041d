package org.danvan.platform.api.validation;

import java.util.List;

/**
 * Thrown by services when an input is refused. Nothing was stored. Each {@link Violation} carries a translation key,
 * so a view or shell command renders it in the user's language with the platform's
 * {@link org.danvan.platform.api.i18n.Translator}.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(Violation violation) {
        this(List.of(violation));
    }

    /** Shorthand for one violation. */
    public static ValidationException of(String field, String messageKey, Object... args) {
        return new ValidationException(Violation.of(field, messageKey, args));
    }

    /** The reasons, in input order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(v.field() == null ? "" : v.field() + ": ").append(v.messageKey()).append(' ').append(v.args());
        }
        return text.toString();
    }
}
