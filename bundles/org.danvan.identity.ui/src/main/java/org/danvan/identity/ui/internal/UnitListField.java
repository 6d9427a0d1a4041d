package org.danvan.identity.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.kit.UnitLabels;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A list of units (e.g. those a user belongs to, primary first): each shown with a remove button, and a picker to
 * add one. Element ids:
 * the field, {@code <id>-add} (a {@link UnitPicker}), {@code <id>-add-button}, {@code <id>-remove-<unitId>}.
 */
public final class UnitListField extends CustomField<List<Long>> {

    private static final long serialVersionUID = 1L;

    private final transient OrgUnitDirectory directory;
    private final String id;
    private final VerticalLayout rows = new VerticalLayout();
    private final UnitPicker picker;
    private final Button add;
    private final List<Long> unitIds = new ArrayList<>();

    private final String firstBadge;

    /**
     * @param helperText shown under the field, may be {@code null}
     * @param firstBadge a badge for the first unit (e.g. "primary"), {@code null} for none
     */
    public UnitListField(OrgUnitDirectory directory, String id, String label, String helperText, String firstBadge) {
        this.directory = directory;
        this.id = id;
        this.firstBadge = firstBadge;
        setId(id);
        setLabel(label);
        setHelperText(helperText);
        rows.setPadding(false);
        rows.setSpacing(false);
        picker = new UnitPicker(directory, id + "-add", null);
        add = new Button(getTranslation("identity.ui.unit.list.add"), VaadinIcon.PLUS.create(), e -> {
            if (picker.getValue() != null && !unitIds.contains(picker.getValue().id())) {
                unitIds.add(picker.getValue().id());
                picker.clear();
                render();
                updateValue();
            }
        });
        add.setId(id + "-add-button");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout adding = new HorizontalLayout(picker, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWidthFull();
        adding.expand(picker);
        adding.getStyle().set("flex-wrap", "wrap");
        VerticalLayout content = new VerticalLayout(rows, adding);
        content.setPadding(false);
        content.setSpacing(false);
        add(content);
        setWidthFull();
    }

    private void render() {
        rows.removeAll();
        for (int i = 0; i < unitIds.size(); i++) {
            long unitId = unitIds.get(i);
            Span name = new Span(UnitLabels.path(directory, unitId));
            name.getStyle().set("overflow-wrap", "anywhere");
            HorizontalLayout row = new HorizontalLayout(name);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setWidthFull();
            row.expand(name);
            if (i == 0 && firstBadge != null) {
                Span primary = new Span(firstBadge);
                primary.getElement().getThemeList().add("badge contrast small");
                row.add(primary);
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                unitIds.remove(unitId);
                render();
                updateValue();
            });
            remove.setId(id + "-remove-" + unitId);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("identity.ui.unit.list.remove"));
            remove.setEnabled(!isReadOnly());
            row.add(remove);
            rows.add(row);
        }
    }

    @Override
    protected List<Long> generateModelValue() {
        return List.copyOf(unitIds);
    }

    @Override
    protected void setPresentationValue(List<Long> value) {
        unitIds.clear();
        if (value != null) {
            unitIds.addAll(value);
        }
        render();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        picker.setReadOnly(readOnly);
        add.setEnabled(!readOnly);
        render();
    }
}
