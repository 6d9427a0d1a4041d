package org.danvan.emulation.ui.internal;

import java.util.function.Supplier;

import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.ModuleScreen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/** The module's dialogs: one way to open them and one way to run their step. */
final class Forms {

    private Forms() {
    }

    static Dialog dialog(Component owner, String id, String title) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.setWidth("46rem");
        dialog.setMaxWidth("100%");
        return dialog;
    }

    /**
     * A primary button that runs {@code step}: refusals at fields keep the dialog open; otherwise it closes, the
     * view refreshes and the outcome is shown.
     */
    static Button save(Component owner, String id, String label, Dialog dialog, FieldErrors errors, Supplier<?> step,
            Runnable refresh) {
        return ModuleScreen.saveButton(owner, dialog, id, label, errors, step::get, refresh);
    }
}
