package org.danvan.platform.shell.internal.modules;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Where a module is enabled: the whole installation, or the subtrees of chosen units (picked by name or code, or from
 * the tree). Element ids: {@code module-units-dialog}, {@code module-units-scope}, {@code module-units-picker},
 * {@code module-units-add}, {@code module-units-remove-<unitId>}, {@code module-units-save}.
 */
final class ModuleUnitsDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final String EVERYWHERE = "everywhere";
    private static final String ONLY = "only";

    private final transient OrgUnitDirectory directory;
    private final Set<Long> chosen = new LinkedHashSet<>();
    private final VerticalLayout list = new VerticalLayout();
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>();
    private final UnitPicker picker;

    ModuleUnitsDialog(String moduleName, ModuleUnits current, OrgUnitDirectory directory, Consumer<ModuleUnits> save) {
        this.directory = directory;
        setId("module-units-dialog");
        setHeaderTitle(getTranslation("platform.modules.units.title", moduleName));
        setWidth("40rem");
        setMaxWidth("100%");
        chosen.addAll(current.unitIds());

        scope.setId("module-units-scope");
        scope.setItems(EVERYWHERE, ONLY);
        scope.setItemLabelGenerator(v -> getTranslation(v.equals(EVERYWHERE) ? "platform.modules.units.choice.everywhere"
                : "platform.modules.units.choice.only"));
        scope.setValue(current.everywhere() ? EVERYWHERE : ONLY);

        picker = new UnitPicker(directory, "module-units-picker", getTranslation("platform.modules.units.add-label"));
        picker.setWidthFull();
        Button add = new Button(VaadinIcon.PLUS.create(), e -> add(picker.getValue()));
        add.setId("module-units-add");
        add.setAriaLabel(getTranslation("platform.modules.units.add"));
        add.setTooltipText(getTranslation("platform.modules.units.add"));
        HorizontalLayout adding = new HorizontalLayout(picker, add);
        adding.setWidthFull();
        adding.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        adding.expand(picker);

        list.setId("module-units-list");
        list.setPadding(false);
        list.setSpacing(false);
        VerticalLayout only = new VerticalLayout(adding, list);
        only.setPadding(false);
        scope.addValueChangeListener(e -> only.setEnabled(ONLY.equals(e.getValue())));
        only.setEnabled(ONLY.equals(scope.getValue()));
        add(scope, only);
        showList();

        Button cancel = new Button(getTranslation("platform.ui.cancel"), e -> close());
        cancel.setId("module-units-cancel");
        Button saveButton = new Button(getTranslation("platform.modules.units.save"), e -> {
            ModuleUnits next = EVERYWHERE.equals(scope.getValue()) ? ModuleUnits.everywhereInstalled()
                    : ModuleUnits.only(chosen);
            try {
                save.accept(next);
                close();
            } catch (RuntimeException refused) {
                Refusals.show(refused, this::getTranslation);
            }
        });
        saveButton.setId("module-units-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
    }

    private void add(OrgUnitInfo unit) {
        if (unit != null && chosen.add(unit.id())) {
            picker.clear();
            showList();
        }
    }

    private void showList() {
        list.removeAll();
        if (chosen.isEmpty()) {
            list.add(new Span(getTranslation("platform.modules.units.none-chosen")));
        }
        for (Long unitId : chosen) {
            Span path = new Span(UnitLabels.path(directory, unitId));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                chosen.remove(unitId);
                showList();
            });
            remove.setId("module-units-remove-" + unitId);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("platform.modules.units.remove"));
            HorizontalLayout row = new HorizontalLayout(path, remove);
            row.setAlignItems(HorizontalLayout.Alignment.CENTER);
            list.add(row);
        }
    }
}
