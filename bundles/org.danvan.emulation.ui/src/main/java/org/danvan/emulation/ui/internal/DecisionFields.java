package org.danvan.emulation.ui.internal;

import org.danvan.emulation.api.Recognition;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The inputs of a decision (recognition or award): deciding unit, number, date, signer. */
final class DecisionFields {

    private final UnitPicker unit;
    private final TextField number;
    private final DatePicker decidedOn;
    private final TextField signer;
    private final FieldErrors errors;

    DecisionFields(Component owner, String idPrefix, UnitPicker unit) {
        this.unit = unit;
        number = new TextField(owner.getTranslation("emulation.ui.decision.number"));
        number.setId(idPrefix + "-number");
        number.setMaxLength(Recognition.NUMBER_MAX);
        decidedOn = new DatePicker(owner.getTranslation("emulation.ui.decision.date"), LocalizedDates.today());
        decidedOn.setId(idPrefix + "-date");
        signer = new TextField(owner.getTranslation("emulation.ui.decision.signer"));
        signer.setId(idPrefix + "-signer");
        errors = new FieldErrors().field(unit, "decidingUnitId").field(number, "number")
                .field(decidedOn, "decidedOn").field(signer, "signer");
    }

    FormLayout form() {
        return new FormLayout(unit, number, decidedOn, signer);
    }

    FieldErrors errors() {
        return errors;
    }

    Recognition value() {
        OrgUnitInfo chosen = unit.getValue();
        return new Recognition(chosen == null ? -1 : chosen.id(), number.getValue(), decidedOn.getValue(),
                signer.getValue());
    }
}
