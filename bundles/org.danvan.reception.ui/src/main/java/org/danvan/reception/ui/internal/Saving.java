package org.danvan.reception.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.Translate;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.Refusals;

/**
 * Runs one write of a dialog and explains a refusal: invalid input at the inputs it concerns (the rest in a
 * notification), no permission or a conflict in a notification. What a user cannot cause propagates to the log.
 */
public final class Saving {

    private Saving() {
    }

    /**
     * @param onConflict run when the record changed since it was read (the screen reloads it)
     * @return the write's result, or {@code null} when it was refused
     */
    public static <T> T attempt(Supplier<T> write, FieldErrors errors, Translate translate, Runnable onConflict) {
        errors.clear();
        try {
            return write.get();
        } catch (ValidationException invalid) {
            List<Violation> elsewhere = errors.show(invalid, translate);
            if (!elsewhere.isEmpty()) {
                Refusals.error(Refusals.describe(elsewhere, translate));
            }
            return null;
        } catch (RuntimeException failure) {
            if (!Refusals.isUserCaused(failure)) {
                throw failure;
            }
            Refusals.show(failure, translate);
            if (Refusals.isConflict(failure)) {
                onConflict.run();
            }
            return null;
        }
    }
}
