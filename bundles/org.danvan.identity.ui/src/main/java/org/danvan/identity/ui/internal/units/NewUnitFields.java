package org.danvan.identity.ui.internal.units;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.danvan.identity.api.NewUnit;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Code, name, kind (and, where asked, first day) of a unit to create, with the checks {@link NewUnit} documents.
 * Element ids: {@code <prefix>-code}, {@code -name}, {@code -kind}, {@code -valid-from}.
 */
final class NewUnitFields extends FormLayout {

    private static final long serialVersionUID = 1L;
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    static final int NAME_MAX = 255;

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<String> kind = new Select<>();
    private final DatePicker validFrom;

    /**
     * @param errorPrefix how the service qualifies these fields (e.g. {@code successors[1].}), empty for a lone unit
     * @param withValidFrom whether the first day is asked (else the change's effective day is used)
     */
    NewUnitFields(String idPrefix, FieldErrors errors, String errorPrefix, String defaultKind, boolean withValidFrom) {
        code.setId(idPrefix + "-code");
        code.setLabel(getTranslation("identity.ui.unit.field.code"));
        code.setMaxLength(32);
        name.setId(idPrefix + "-name");
        name.setLabel(getTranslation("identity.ui.unit.field.name"));
        name.setMaxLength(NAME_MAX);
        kind.setId(idPrefix + "-kind");
        kind.setLabel(getTranslation("identity.ui.unit.field.kind"));
        kind.setItems(OrgUnitKinds.ALL);
        kind.setItemLabelGenerator(k -> getTranslation(UnitLabels.kindKey(k)));
        kind.setValue(defaultKind);
        add(code, name, kind);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        if (withValidFrom) {
            validFrom = new DatePicker(getTranslation("identity.ui.unit.field.validFrom"));
            validFrom.setId(idPrefix + "-valid-from");
            validFrom.setI18n(LocalizedDates.i18n(getLocale(), getTranslation("identity.ui.datepicker.today"),
                    getTranslation("identity.ui.cancel"))
                    .setBadInputErrorMessage(getTranslation("identity.ui.datepicker.badInput")));
            validFrom.setValue(LocalizedDates.today());
            add(validFrom);
        } else {
            validFrom = null;
        }
        errors.field(code, errorPrefix + "code").field(name, errorPrefix + "name").field(kind, errorPrefix + "kind");
        if (validFrom != null) {
            errors.field(validFrom, errorPrefix + "validFrom");
        }
    }

    /** Checks the fields; marks the wrong ones. */
    boolean check() {
        boolean ok = true;
        if (!CODE.matcher(code.getValue().strip()).matches()) {
            code.setErrorMessage(getTranslation("identity.ui.unit.error.code"));
            code.setInvalid(true);
            ok = false;
        }
        if (name.getValue().isBlank() || name.getValue().strip().length() > NAME_MAX) {
            name.setErrorMessage(getTranslation("identity.ui.unit.error.name"));
            name.setInvalid(true);
            ok = false;
        }
        if (kind.getValue() == null) {
            kind.setErrorMessage(getTranslation("identity.ui.unit.error.kind"));
            kind.setInvalid(true);
            ok = false;
        }
        return ok;
    }

    NewUnit toNewUnit(String parentCode, LocalDate defaultValidFrom) {
        LocalDate from = validFrom == null || validFrom.getValue() == null ? defaultValidFrom : validFrom.getValue();
        return new NewUnit(code.getValue().strip(), name.getValue().strip(), kind.getValue(), parentCode, from);
    }

    /** Told whenever the typed name changes (e.g. to relabel lists that name this unit). */
    void onNameChange(Runnable listener) {
        name.addValueChangeListener(e -> listener.run());
    }

    String typedName() {
        return name.getValue().strip();
    }
}
