package org.danvan.platform.api.validation;

import java.util.List;
import java.util.Objects;

/**
 * One reason an input was refused, to show to the user in their language.
 *
 * @param field the input field or column concerned, {@code null} for the input as a whole
 * @param messageKey translation key of the message
 * @param args {@link java.text.MessageFormat} arguments of the message
 */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation {
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
