package org.danvan.identity.ui.internal.units;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.identity.ui.internal.UnitListField;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Merges the selected unit with others: either one of them absorbs the rest, or a new unit takes over all of them.
 * The merged units end the day before the effective day; their current children move to the successor.
 */
final class MergeDialog extends UnitChangeDialog {

    private static final long serialVersionUID = 1L;

    /** The two ways a merge ends. */
    enum Mode {
        KEEP, NEW
    }

    private final transient OrgUnitAdmin admin;
    private final transient OrgUnitDirectory directory;
    private final transient UserPrincipal actor;
    private final transient OrgUnitInfo unit;
    private final UnitListField others;
    private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    private final Select<Long> kept = new Select<>();
    private final NewUnitFields successor;
    private final DatePicker effectiveOn;
    private final TextField decision;

    MergeDialog(OrgUnitAdmin admin, OrgUnitDirectory directory, UserPrincipal actor, OrgUnitInfo unit,
            Consumer<Long> onChanged) {
        super("unit-merge-dialog", "", "unit-merge-save", "identity.ui.unit.merged", onChanged);
        this.admin = admin;
        this.directory = directory;
        this.actor = actor;
        this.unit = unit;
        setHeaderTitle(getTranslation("identity.ui.unit.merge.title", unit.name()));
        others = new UnitListField(directory, "unit-merge-units", getTranslation("identity.ui.unit.merge.others"),
                getTranslation("identity.ui.unit.merge.others.helper"), null);
        errors.field(others, "unitIds", "units");

        mode.setId("unit-merge-mode");
        mode.setLabel(getTranslation("identity.ui.unit.merge.successor"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("identity.ui.unit.merge.mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
        mode.setValue(Mode.KEEP);

        kept.setId("unit-merge-kept");
        kept.setLabel(getTranslation("identity.ui.unit.merge.kept"));
        kept.setItemLabelGenerator(id -> UnitLabels.name(directory, id));
        errors.field(kept, "keptUnitId", "kept");
        successor = new NewUnitFields("unit-merge-new", errors, "successor.", unit.kind(), false);
        errors.field(mode, "successor");
        successor.setVisible(false);
        mode.addValueChangeListener(e -> {
            kept.setVisible(e.getValue() == Mode.KEEP);
            successor.setVisible(e.getValue() == Mode.NEW);
        });
        others.addValueChangeListener(e -> refreshKept());
        refreshKept();

        effectiveOn = effectiveOn();
        decision = decision();
        add(others, mode, kept, successor, effectiveOn, decision);
    }

    private List<Long> merged() {
        List<Long> ids = new ArrayList<>();
        ids.add(unit.id());
        for (Long id : others.getValue() == null ? List.<Long>of() : others.getValue()) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void refreshKept() {
        Long previous = kept.getValue();
        List<Long> ids = merged();
        kept.setItems(ids);
        kept.setValue(previous != null && ids.contains(previous) ? previous : unit.id());
    }

    @Override
    protected Long submit() {
        List<Long> ids = merged();
        boolean ok = true;
        if (ids.size() < 2) {
            ok = refuse(others, "identity.ui.unit.error.mergeOthers");
        }
        if (mode.getValue() == Mode.NEW && !successor.check()) {
            ok = false;
        }
        if (effectiveOn.getValue() == null) {
            ok = refuse(effectiveOn, "identity.ui.unit.error.effectiveOn");
        }
        if (!ok) {
            return null;
        }
        String parentCode = unit.parentId() == null ? null
                : directory.find(unit.parentId()).map(OrgUnitInfo::code).orElse(null);
        OrgUnitInfo result = mode.getValue() == Mode.NEW
                ? admin.merge(actor, ids, successor.toNewUnit(parentCode, effectiveOn.getValue()), null,
                        effectiveOn.getValue(), optional(decision.getValue()))
                : admin.merge(actor, ids, null, kept.getValue(), effectiveOn.getValue(),
                        optional(decision.getValue()));
        return result.id();
    }
}
