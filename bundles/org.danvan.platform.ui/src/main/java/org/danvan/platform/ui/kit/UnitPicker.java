package org.danvan.platform.ui.kit;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * The one unit picker of every screen: type a code or words of the name without diacritics ("tien du" finds "Xã Tiên
 * Du") and choose from the suggestions, each shown with its path; or browse the tree. Never lists all units, so it
 * works with a country's worth of them. A typed code that is not chosen from the list is looked up when the field is
 * left. Element ids: the field itself, {@code <id>-code} for the search box, {@code <id>-browse} for the tree button.
 */
public final class UnitPicker extends CustomField<OrgUnitInfo> {

    private static final long serialVersionUID = 1L;
    /** Suggestions shown at most. */
    static final int SUGGESTIONS = 20;
    /** Codes and names are short; longer input is not looked up. */
    static final int MAX_INPUT = 80;

    private final transient OrgUnitDirectory directory;
    private final ComboBox<OrgUnitInfo> search = new ComboBox<>();
    private final Button browse = new Button(VaadinIcon.SITEMAP.create());
    private transient Predicate<OrgUnitInfo> allowed = unit -> true;
    private OrgUnitInfo chosen;

    public UnitPicker(OrgUnitDirectory directory, String id, String label) {
        this.directory = directory;
        setId(id);
        setLabel(label);
        search.setId(id + "-code");
        search.setPlaceholder(getTranslation("platform.ui.unit.picker.search"));
        search.setAllowCustomValue(true);
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setItemLabelGenerator(UnitLabels::codeAndName);
        search.setRenderer(new ComponentRenderer<>(this::suggestion));
        search.setItems(query -> suggestions(query.getFilter().orElse("")).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(e.getValue());
            }
        });
        search.addCustomValueSetListener(e -> lookUp(e.getDetail()));
        browse.setId(id + "-browse");
        browse.addThemeVariants(ButtonVariant.LUMO_ICON);
        browse.setAriaLabel(getTranslation("platform.ui.unit.picker.browse"));
        browse.setTooltipText(getTranslation("platform.ui.unit.picker.browse"));
        browse.addClickListener(e -> new UnitTreeDialog(directory, this::chooseFromTree).open());
        HorizontalLayout row = new HorizontalLayout(search, browse);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        row.setWidthFull();
        row.expand(search);
        add(row);
    }

    /** Limits the units that may be chosen (e.g. only communes, or only where the user may act). */
    public UnitPicker allowing(Predicate<OrgUnitInfo> allowedUnits) {
        this.allowed = allowedUnits == null ? unit -> true : allowedUnits;
        return this;
    }

    List<OrgUnitInfo> suggestions(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_INPUT) {
            return List.of();
        }
        return directory.search(typed, SUGGESTIONS * 3).stream().filter(allowed).limit(SUGGESTIONS).toList();
    }

    private Div suggestion(OrgUnitInfo unit) {
        Span name = new Span(UnitLabels.codeAndName(unit));
        Span path = new Span(UnitLabels.parentPath(directory, unit.id()));
        path.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div item = new Div(name, new Div(path));
        item.getStyle().set("line-height", "var(--lumo-line-height-s)");
        return item;
    }

    /** A typed text nobody picked from the list: taken as a code. */
    void lookUp(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        Optional<OrgUnitInfo> found = wanted.isEmpty() || wanted.length() > MAX_INPUT ? Optional.empty()
                : directory.findByCode(wanted).filter(OrgUnitInfo::isCurrent).filter(allowed);
        if (found.isEmpty() && !wanted.isEmpty()) {
            List<OrgUnitInfo> only = suggestions(wanted);
            if (only.size() == 1) {
                found = Optional.of(only.get(0));
            }
        }
        chosen = found.orElse(null);
        search.setValue(chosen);
        showChosen();
        if (!wanted.isEmpty() && found.isEmpty()) {
            setErrorMessage(getTranslation("platform.ui.unit.picker.unknown", wanted));
            setInvalid(true);
        }
        updateValue();
    }

    private void chooseFromTree(OrgUnitInfo unit) {
        if (!allowed.test(unit)) {
            setErrorMessage(getTranslation("platform.ui.unit.picker.not-allowed", unit.name()));
            setInvalid(true);
            return;
        }
        search.setValue(unit);
        choose(unit);
    }

    private void choose(OrgUnitInfo unit) {
        chosen = unit;
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
        search.setValue(unit);
        showChosen();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        search.setReadOnly(readOnly);
        browse.setEnabled(!readOnly);
    }
}
