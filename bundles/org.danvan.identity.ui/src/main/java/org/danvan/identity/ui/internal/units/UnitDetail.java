package org.danvan.identity.ui.internal.units;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.api.UnitChange;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The selected unit: its data, succession and history, and the changes the user may make to it. */
final class UnitDetail extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient OrgUnitDirectory directory;
    private final transient OrgUnitAdmin admin;
    private final transient UserPrincipal actor;
    private final transient Predicate<OrgUnitInfo> mayManage;
    private final transient Consumer<Long> onChanged;

    UnitDetail(OrgUnitDirectory directory, OrgUnitAdmin admin, UserPrincipal actor, Predicate<OrgUnitInfo> mayManage,
            Consumer<Long> onChanged) {
        this.directory = directory;
        this.admin = admin;
        this.actor = actor;
        this.mayManage = mayManage;
        this.onChanged = onChanged;
        setId("unit-detail");
        setPadding(false);
        show(null);
    }

    void show(OrgUnitInfo unit) {
        removeAll();
        if (unit == null) {
            Span hint = new Span(getTranslation("identity.ui.units.select"));
            hint.setId("unit-detail-empty");
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(hint);
            return;
        }
        H3 title = new H3(unit.name());
        title.setId("unit-title");
        List<UnitChange> history = admin.history(unit.id());
        List<Long> predecessors = UnitHistoryText.predecessorsOf(unit.id(), history);
        String validity = unit.validTo() == null
                ? getTranslation("identity.ui.unit.validity.since", LocalizedDates.format(unit.validFrom()))
                : getTranslation("identity.ui.unit.validity.between", LocalizedDates.format(unit.validFrom()),
                        LocalizedDates.format(unit.validTo()));
        FormLayout fields = new FormLayout(
                readOnly("unit-code", "identity.ui.unit.field.code", unit.code()),
                readOnly("unit-kind", "identity.ui.unit.field.kind", getTranslation(UnitLabels.kindKey(unit.kind()))),
                readOnly("unit-validity", "identity.ui.unit.field.validity", validity),
                readOnly("unit-path", "identity.ui.unit.field.path", UnitLabels.parentPath(directory, unit.id())),
                readOnly("unit-successors", "identity.ui.unit.field.successors",
                        UnitLabels.names(directory, unit.successorIds())),
                readOnly("unit-predecessors", "identity.ui.unit.field.predecessors",
                        UnitLabels.names(directory, predecessors)));
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        add(title, fields, actions(unit), new H4(getTranslation("identity.ui.unit.history")), historyGrid(history));
    }

    private TextField readOnly(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }

    private HorizontalLayout actions(OrgUnitInfo unit) {
        boolean allowed = unit.isCurrent() && mayManage.test(unit);
        Button child = new Button(getTranslation("identity.ui.unit.createChild"),
                e -> new CreateChildDialog(admin, actor, unit, onChanged).open());
        child.setId("unit-create-child");
        Button rename = new Button(getTranslation("identity.ui.unit.rename"),
                e -> new RenameDialog(admin, actor, unit, onChanged).open());
        rename.setId("unit-rename");
        Button merge = new Button(getTranslation("identity.ui.unit.merge"),
                e -> new MergeDialog(admin, directory, actor, unit, onChanged).open());
        merge.setId("unit-merge");
        Button split = new Button(getTranslation("identity.ui.unit.split"),
                e -> new SplitDialog(admin, directory, actor, unit, onChanged).open());
        split.setId("unit-split");
        HorizontalLayout bar = new HorizontalLayout(child, rename, merge, split);
        bar.getStyle().set("flex-wrap", "wrap");
        for (Button b : List.of(child, rename, merge, split)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setEnabled(allowed);
        }
        bar.setVisible(actor != null);
        return bar;
    }

    /** A unit's name on a day, or on its first day when the day lies before it (a unit kept by a merger). */
    private String nameOn(long unitId, java.time.LocalDate day) {
        return directory.find(unitId)
                .map(u -> directory.nameOn(unitId, day.isBefore(u.validFrom()) ? u.validFrom() : day))
                .orElse("#" + unitId);
    }

    private Grid<UnitChange> historyGrid(List<UnitChange> history) {
        Grid<UnitChange> grid = new Grid<>();
        grid.setId("unit-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> LocalizedDates.format(c.effectiveOn())).setHeader(getTranslation("identity.ui.unit.history.on"))
                .setFlexGrow(0).setWidth("7.5rem");
        grid.addColumn(c -> UnitHistoryText.describe(c, this::nameOn, this::getTranslation))
                .setHeader(getTranslation("identity.ui.unit.history.change")).setFlexGrow(2);
        grid.addColumn(c -> c.decision() == null ? "" : c.decision())
                .setHeader(getTranslation("identity.ui.unit.history.decision")).setFlexGrow(1);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("identity.ui.unit.history.empty"));
        return grid;
    }
}
