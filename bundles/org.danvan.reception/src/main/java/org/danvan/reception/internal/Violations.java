package org.danvan.reception.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/** Collects the reasons an input is refused and throws them all at once. */
final class Violations {

    static final String REQUIRED = "reception.validation.required";
    static final String TOO_LONG = "reception.validation.too-long";
    static final String TOO_SHORT = "reception.validation.too-short";
    static final String CONTROL_CHARACTERS = "reception.validation.control-characters";
    static final String IN_FUTURE = "reception.validation.in-future";
    static final String OUT_OF_RANGE = "reception.validation.out-of-range";
    static final String UNIT_UNKNOWN = "reception.validation.unit-unknown";
    static final String UNIT_NOT_VALID_ON = "reception.validation.unit-not-valid-on";
    static final String RANGE_REVERSED = "reception.validation.range-reversed";
    static final String RANGE_TOO_LONG = "reception.validation.range-too-long";

    private final List<Violation> found = new ArrayList<>();

    /** Adds a reason. */
    void add(String field, String messageKey, Object... args) {
        found.add(Violation.of(field, messageKey, args));
    }

    /**
     * A text input trimmed, or {@code null} when blank and optional; too short, too long, missing or control
     * characters (other than line breaks and tabs) are recorded as violations.
     */
    String text(String field, String value, boolean required, int minLength, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                add(field, REQUIRED);
            }
            return null;
        }
        if (trimmed.length() > maxLength) {
            add(field, TOO_LONG, maxLength);
        } else if (trimmed.length() < minLength) {
            add(field, TOO_SHORT, minLength);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                add(field, CONTROL_CHARACTERS);
                break;
            }
        }
        return trimmed;
    }

    /** Records a missing value. */
    <T> T required(String field, T value) {
        if (value == null) {
            add(field, REQUIRED);
        }
        return value;
    }

    /** Records a day after today. */
    void notInFuture(String field, LocalDate day, LocalDate today) {
        if (day != null && day.isAfter(today)) {
            add(field, IN_FUTURE);
        }
    }

    /** Records a number outside {@code min..max}. */
    void within(String field, long value, long min, long max) {
        if (value < min || value > max) {
            add(field, OUT_OF_RANGE, min, max);
        }
    }

    /** Records a reversed or too long range of days. */
    void range(LocalDate from, LocalDate to, int maxDays) {
        required("from", from);
        required("to", to);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                add("to", RANGE_REVERSED);
            } else if (from.plusDays(maxDays).isBefore(to)) {
                add("to", RANGE_TOO_LONG, maxDays);
            }
        }
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws when anything was recorded. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
