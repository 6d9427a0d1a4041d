package org.danvan.reception.ui.internal;

import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers of the reception screens: the user's language, {@code dd/MM/yyyy}, Monday first. */
public final class Pickers {

    private Pickers() {
    }

    /** A localised picker with an element id and a label. */
    public static DatePicker day(String id, String label) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setI18n(LocalizedDates.i18n(picker.getLocale(), picker.getTranslation("reception.ui.datepicker.today"),
                picker.getTranslation("reception.ui.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("reception.ui.datepicker.badInput")));
        return picker;
    }
}
