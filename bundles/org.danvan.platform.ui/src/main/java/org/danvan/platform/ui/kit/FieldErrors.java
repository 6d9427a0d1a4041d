package org.danvan.platform.ui.kit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import com.vaadin.flow.component.HasValidation;

/**
 * Shows a service's {@link ValidationException} at the form fields it concerns. The service names a field by its
 * record component ({@code fullName}, {@code unitIds}, {@code successors[1].code}, …); the form registers its inputs
 * under those names. Names are compared without case and punctuation ({@code valid_from} = {@code validFrom}); a
 * qualified name nobody registered falls back to its last part ({@code successor.code} → {@code code}).
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers an input under a service field name (and any aliases). */
    public FieldErrors field(HasValidation input, String... names) {
        for (String name : names) {
            fields.put(normalized(name), input);
        }
        return this;
    }

    /** Clears every error this form shows. */
    public void clear() {
        for (HasValidation input : fields.values()) {
            input.setInvalid(false);
            input.setErrorMessage(null);
        }
    }

    /**
     * Marks the inputs the violations concern with their translated message.
     *
     * @return the violations that concern no registered input (to show elsewhere, e.g. a notification)
     */
    public List<Violation> show(ValidationException refusal, Translate translate) {
        List<Violation> elsewhere = new ArrayList<>();
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        for (Violation violation : refusal.violations()) {
            HasValidation input = inputFor(violation.field());
            String message = translate.text(violation.messageKey(), violation.args().toArray());
            if (input == null) {
                elsewhere.add(violation);
            } else {
                // two violations on one input: show both
                messages.merge(input, message, (a, b) -> a + " " + b);
            }
        }
        messages.forEach((input, message) -> {
            input.setErrorMessage(message);
            input.setInvalid(true);
        });
        return elsewhere;
    }

    /**
     * Runs one step of a form (a save, an answer) the way every DanVan form does: the errors shown are cleared, the
     * step runs, and a refusal is sorted out. A {@link ValidationException} whose violations all concern registered
     * inputs is shown at them and the form stays open; any other refusal a user can cause
     * ({@link Refusals#isUserCaused}) is handed back for the caller to close the form and show it; any other failure
     * is rethrown.
     *
     * @since 1.1.0
     */
    public Attempt attempt(Runnable step, Translate translate) {
        clear();
        try {
            step.run();
        } catch (ValidationException refused) {
            return show(refused, translate).isEmpty() ? Attempt.AT_FIELDS : new Attempt(false, refused);
        } catch (RuntimeException refused) {
            if (!Refusals.isUserCaused(refused)) {
                throw refused;
            }
            return new Attempt(false, refused);
        }
        return Attempt.DONE;
    }

    /**
     * What became of a step run with {@link #attempt}.
     *
     * @param keepOpen the refusal is shown at the form's fields: leave the form open
     * @param refusal a refusal to show after closing the form, or {@code null} when the step succeeded (or
     *            {@code keepOpen})
     * @since 1.1.0
     */
    public record Attempt(boolean keepOpen, RuntimeException refusal) {

        static final Attempt DONE = new Attempt(false, null);
        static final Attempt AT_FIELDS = new Attempt(true, null);

        /** The step went through. */
        public boolean succeeded() {
            return !keepOpen && refusal == null;
        }
    }

    /** The input registered for a service field name, or {@code null}. */
    public HasValidation inputFor(String field) {
        if (field == null) {
            return null;
        }
        HasValidation exact = fields.get(normalized(field));
        return exact != null ? exact : fields.get(normalized(lastPart(field)));
    }

    static String normalized(String field) {
        return field.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** {@code successors[1].code} → {@code code}; {@code unitIds[0]} → {@code unitIds}. */
    static String lastPart(String field) {
        String name = field.strip();
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(dot + 1);
        }
        int bracket = name.indexOf('[');
        if (bracket >= 0) {
            name = name.substring(0, bracket);
        }
        return name;
    }
}
