package org.danvan.identity.ui.internal.units;

import java.util.function.Consumer;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Renames a unit from a day on, citing the decision; the old name stays in the history. */
final class RenameDialog extends UnitChangeDialog {

    private static final long serialVersionUID = 1L;

    private final transient OrgUnitAdmin admin;
    private final transient UserPrincipal actor;
    private final transient OrgUnitInfo unit;
    private final TextField newName = new TextField();
    private final DatePicker effectiveOn;
    private final TextField decision;

    RenameDialog(OrgUnitAdmin admin, UserPrincipal actor, OrgUnitInfo unit, Consumer<Long> onChanged) {
        super("unit-rename-dialog", "", "unit-rename-save", "identity.ui.unit.renamed", onChanged);
        this.admin = admin;
        this.actor = actor;
        this.unit = unit;
        setHeaderTitle(getTranslation("identity.ui.unit.rename.title", unit.name()));
        newName.setId("unit-rename-name");
        newName.setLabel(getTranslation("identity.ui.unit.field.newName"));
        newName.setMaxLength(NewUnitFields.NAME_MAX);
        newName.setValue(unit.name());
        newName.setWidthFull();
        errors.field(newName, "newName", "name");
        effectiveOn = effectiveOn();
        decision = decision();
        FormLayout form = new FormLayout(newName, effectiveOn, decision);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        form.setColspan(newName, 2);
        form.setColspan(decision, 2);
        add(form);
    }

    @Override
    protected Long submit() {
        String name = newName.getValue().strip();
        boolean ok = true;
        if (name.isEmpty() || name.length() > NewUnitFields.NAME_MAX) {
            ok = refuse(newName, "identity.ui.unit.error.name");
        } else if (name.equals(unit.name())) {
            ok = refuse(newName, "identity.ui.unit.error.sameName");
        }
        if (effectiveOn.getValue() == null) {
            ok = refuse(effectiveOn, "identity.ui.unit.error.effectiveOn");
        }
        if (!ok) {
            return null;
        }
        return admin.rename(actor, unit.id(), name, effectiveOn.getValue(), optional(decision.getValue())).id();
    }
}
