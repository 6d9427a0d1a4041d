package org.danvan.identity.ui.internal;

import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Picks a unit: type its official code (looked up at once) or browse the tree. Works with any number of units,
 * since it never lists them all. Element ids: the field itself, {@code <id>-code} for the code input and
 * {@code <id>-browse} for the tree button.
 */
public final class UnitPicker extends CustomField<OrgUnitInfo> {

    private static final long serialVersionUID = 1L;

    private final transient OrgUnitDirectory directory;
    private final TextField code = new TextField();
    private final Button browse = new Button(VaadinIcon.SITEMAP.create());
    private OrgUnitInfo chosen;

    public UnitPicker(OrgUnitDirectory directory, String id, String label) {
        this.directory = directory;
        setId(id);
        setLabel(label);
        code.setId(id + "-code");
        code.setPlaceholder(getTranslation("identity.ui.unit.picker.code"));
        code.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        code.setClearButtonVisible(true);
        code.setWidthFull();
        code.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                lookUp(e.getValue());
            }
        });
        browse.setId(id + "-browse");
        browse.addThemeVariants(ButtonVariant.LUMO_ICON);
        browse.setAriaLabel(getTranslation("identity.ui.unit.picker.browse"));
        browse.setTooltipText(getTranslation("identity.ui.unit.picker.browse"));
        browse.addClickListener(e -> new UnitTreeDialog(directory, this::choose).open());
        HorizontalLayout row = new HorizontalLayout(code, browse);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        row.setWidthFull();
        row.expand(code);
        add(row);
    }

    private void lookUp(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        Optional<OrgUnitInfo> found = wanted.isEmpty() ? Optional.empty() : directory.findByCode(wanted);
        chosen = found.orElse(null);
        showChosen();
        if (!wanted.isEmpty() && found.isEmpty()) {
            setErrorMessage(getTranslation("identity.ui.unit.picker.unknown", wanted));
            setInvalid(true);
        }
        updateValue();
    }

    private void choose(OrgUnitInfo unit) {
        chosen = unit;
        code.setValue(unit.code());
        showChosen();
        updateValue();
    }

    private void showChosen() {
        setInvalid(false);
        setHelperText(chosen == null ? null : UnitLabels.path(directory, chosen.id()));
    }

    @Override
    protected OrgUnitInfo generateModelValue() {
        return chosen;
    }

    @Override
    protected void setPresentationValue(OrgUnitInfo unit) {
        chosen = unit;
        code.setValue(unit == null ? "" : unit.code());
        showChosen();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        code.setReadOnly(readOnly);
        browse.setEnabled(!readOnly);
    }
}
