package org.danvan.identity.ui.internal.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.danvan.identity.api.NewUnit;
import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Splits the selected unit into new units: the unit ends the day before the effective day; each of its current
 * children goes to the successor chosen for it (the first by default).
 */
final class SplitDialog extends UnitChangeDialog {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SUCCESSORS = 20;

    private final transient OrgUnitAdmin admin;
    private final transient UserPrincipal actor;
    private final transient OrgUnitInfo unit;
    private final String parentCode;
    private final List<NewUnitFields> successors = new ArrayList<>();
    private final VerticalLayout successorList = new VerticalLayout();
    private final Map<Long, Select<Integer>> childMoves = new LinkedHashMap<>();
    private final DatePicker effectiveOn;
    private final TextField decision;

    SplitDialog(OrgUnitAdmin admin, OrgUnitDirectory directory, UserPrincipal actor, OrgUnitInfo unit,
            Consumer<Long> onChanged) {
        super("unit-split-dialog", "", "unit-split-save", "identity.ui.unit.splitDone", onChanged);
        this.admin = admin;
        this.actor = actor;
        this.unit = unit;
        this.parentCode = unit.parentId() == null ? null
                : directory.find(unit.parentId()).map(OrgUnitInfo::code).orElse(null);
        setHeaderTitle(getTranslation("identity.ui.unit.split.title", unit.name()));
        successorList.setPadding(false);
        Button more = new Button(getTranslation("identity.ui.unit.split.add"), VaadinIcon.PLUS.create(),
                e -> addSuccessor());
        more.setId("unit-split-add");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        VerticalLayout moves = new VerticalLayout();
        moves.setPadding(false);
        moves.setSpacing(false);
        for (OrgUnitInfo child : directory.children(unit.id())) {
            if (!child.isCurrent()) {
                continue;
            }
            Select<Integer> target = new Select<>();
            target.setId("unit-split-child-" + child.id());
            target.setLabel(UnitLabels.codeAndName(child));
            target.setWidthFull();
            childMoves.put(child.id(), target);
            moves.add(target);
        }
        Details children = new Details(getTranslation("identity.ui.unit.split.children", childMoves.size()), moves);
        children.setId("unit-split-children");
        children.setVisible(!childMoves.isEmpty());

        addSuccessor();
        addSuccessor();
        effectiveOn = effectiveOn();
        decision = decision();
        add(successorList, more, children, effectiveOn, decision);
    }

    private void addSuccessor() {
        if (successors.size() >= MAX_SUCCESSORS) {
            return;
        }
        int index = successors.size();
        NewUnitFields fields = new NewUnitFields("unit-split-" + index, errors, "successors[" + index + "].",
                unit.kind(), false);
        fields.onNameChange(this::relabelMoves);
        successors.add(fields);
        successorList.add(new H4(getTranslation("identity.ui.unit.split.successor", index + 1)), fields);
        relabelMoves();
    }

    private void relabelMoves() {
        List<Integer> indexes = IntStream.range(0, successors.size()).boxed().toList();
        for (Select<Integer> target : childMoves.values()) {
            Integer chosen = target.getValue();
            target.setItems(indexes);
            target.setItemLabelGenerator(i -> {
                String typed = successors.get(i).typedName();
                return typed.isEmpty() ? getTranslation("identity.ui.unit.split.successor", i + 1)
                        : (i + 1) + ". " + typed;
            });
            target.setValue(chosen == null || chosen >= indexes.size() ? 0 : chosen);
        }
    }

    @Override
    protected Long submit() {
        boolean ok = true;
        for (NewUnitFields fields : successors) {
            ok &= fields.check();
        }
        if (effectiveOn.getValue() == null) {
            ok = refuse(effectiveOn, "identity.ui.unit.error.effectiveOn");
        }
        if (!ok) {
            return null;
        }
        List<NewUnit> created = successors.stream()
                .map(f -> f.toNewUnit(parentCode, effectiveOn.getValue())).toList();
        Map<Long, Integer> moves = new LinkedHashMap<>();
        childMoves.forEach((child, target) -> moves.put(child, target.getValue() == null ? 0 : target.getValue()));
        List<OrgUnitInfo> result = admin.split(actor, unit.id(), created, moves, effectiveOn.getValue(),
                optional(decision.getValue()));
        return result.isEmpty() ? unit.id() : result.get(0).id();
    }
}
