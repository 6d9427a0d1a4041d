package org.danvan.identity.ui.internal.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.rules.api.RuleAdministration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The override of one configurable rule: its limit (or figure), its unit and the length of one extension; empty
 * fields keep the shipped figure. Refusals of the service are shown at the fields.
 */
class OverrideDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    OverrideDialog(RuleAdministration rules, UserPrincipal actor, RuleLine line, Map<String, String> current,
            Runnable saved) {
        setId("rule-override-dialog");
        setHeaderTitle(getTranslation("identity.ui.rules.dialog.title", getTranslation("rules." + line.id())));
        TextField limit = new TextField(getTranslation(line.figure() ? "identity.ui.rules.dialog.value"
                : "identity.ui.rules.dialog.limit"));
        limit.setId("rule-override-limit");
        limit.setValue(current.getOrDefault(RuleAdministration.LIMIT, ""));
        limit.setHelperText(getTranslation("identity.ui.rules.dialog.shipped",
                line.shippedValue() + " " + getTranslation("identity.ui.rules.unit." + line.shippedUnit())));
        ComboBox<String> unit = new ComboBox<>(getTranslation("identity.ui.rules.dialog.unit"));
        unit.setId("rule-override-unit");
        unit.setItems("WORKING_DAYS", "CALENDAR_DAYS");
        unit.setItemLabelGenerator(u -> getTranslation("identity.ui.rules.unit." + u));
        unit.setClearButtonVisible(true);
        unit.setValue(current.get(RuleAdministration.UNIT));
        unit.setVisible(!line.figure());
        TextField extension = new TextField(getTranslation("identity.ui.rules.dialog.extension"));
        extension.setId("rule-override-extension");
        extension.setValue(current.getOrDefault(RuleAdministration.EXTENSION_DAYS, ""));
        extension.setVisible(line.canExtend());
        FieldErrors errors = new FieldErrors().field(limit, line.id() + "." + RuleAdministration.LIMIT)
                .field(unit, line.id() + "." + RuleAdministration.UNIT)
                .field(extension, line.id() + "." + RuleAdministration.EXTENSION_DAYS);
        FormLayout form = new FormLayout(limit, unit, extension);
        add(new Paragraph(line.citation()), new Paragraph(getTranslation("identity.ui.rules.dialog.note")), form);

        Button save = new Button(getTranslation("identity.ui.rules.dialog.save"), e -> {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put(RuleAdministration.LIMIT, limit.getValue());
            if (unit.getValue() != null) {
                settings.put(RuleAdministration.UNIT, unit.getValue());
            }
            settings.put(RuleAdministration.EXTENSION_DAYS, extension.getValue());
            run(() -> rules.override(actor, line.id(), settings), errors, saved);
        });
        save.setId("rule-override-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("identity.ui.rules.dialog.reset"),
                e -> run(() -> rules.override(actor, line.id(), Map.of()), errors, saved));
        reset.setId("rule-override-reset");
        reset.setEnabled(!current.isEmpty());
        Button cancel = new Button(getTranslation("identity.ui.rules.dialog.cancel"), e -> close());
        getFooter().add(cancel, reset, save);
    }

    private void run(Runnable step, FieldErrors errors, Runnable saved) {
        FieldErrors.Attempt attempt = errors.attempt(step, this::getTranslation);
        if (attempt.keepOpen()) {
            return;
        }
        close();
        if (attempt.refusal() != null) {
            Refusals.show(attempt.refusal(), this::getTranslation);
        } else {
            Refusals.success(getTranslation("identity.ui.rules.dialog.saved"));
        }
        saved.run();
    }
}
