package org.danvan.grassroots.ui.internal;

import java.util.function.Consumer;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.Refusals;

import com.vaadin.flow.component.dialog.Dialog;

/**
 * One step of a dialog's save button: a refusal of its fields stays in the open dialog at the fields; any other
 * refusal a user can cause closes it and is shown by the screen; success closes it with "saved".
 */
final class DialogSave {

    private DialogSave() {
    }

    static void attempt(Dialog dialog, FieldErrors errors, Runnable step, Consumer<String> saved,
            Consumer<RuntimeException> refused) {
        errors.clear();
        try {
            step.run();
        } catch (ValidationException e) {
            if (!errors.show(e, dialog::getTranslation).isEmpty()) {
                dialog.close();
                refused.accept(e);
            }
            return;
        } catch (RuntimeException e) {
            if (!Refusals.isUserCaused(e)) {
                throw e;
            }
            dialog.close();
            refused.accept(e);
            return;
        }
        dialog.close();
        saved.accept(dialog.getTranslation("grassroots.ui.saved"));
    }
}
