package org.danvan.rest.internal.resources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.validation.ValidationException;

/** Reads typed values from query parameters and JSON bodies; refusals are translated validation errors. */
final class Input {

    static final String INVALID = "api.validation.invalid";
    static final String REQUIRED = "api.validation.required";
    static final String UNKNOWN_UNIT = "api.validation.unknownUnit";

    private Input() {
    }

    static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, INVALID, field, text);
        }
    }

    static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, INVALID, field, text);
        }
    }

    static int positiveInt(String field, String text, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ValidationException.of(field, INVALID, field, text);
    }

    /** A unit by its official code. */
    static OrgUnitInfo unit(OrgUnitDirectory units, String field, String code) {
        return units.findByCode(code.strip()).orElseThrow(() -> ValidationException.of(field, UNKNOWN_UNIT, code));
    }

    /** A text member of a JSON object; refused when present with another type. */
    static Optional<String> text(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof Number n) {
            return Optional.of(n.toString());
        }
        throw ValidationException.of(name, INVALID, name, String.valueOf(value));
    }

    static String requiredText(Map<String, Object> body, String name) {
        return text(body, name).filter(s -> !s.isBlank())
                .orElseThrow(() -> ValidationException.of(name, REQUIRED, name));
    }

    static boolean bool(Map<String, Object> body, String name) {
        Object value = body.get(name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw ValidationException.of(name, INVALID, name, String.valueOf(value));
    }

    static int integer(Map<String, Object> body, String name, int fallback) {
        Object value = body.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        throw ValidationException.of(name, INVALID, name, String.valueOf(value));
    }
}
