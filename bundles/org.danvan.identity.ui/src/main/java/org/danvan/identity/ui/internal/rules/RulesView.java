package org.danvan.identity.ui.internal.rules;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.rules.api.RuleAdministration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * The rule table: every row of every rule and figure (its history), which is in force today, its limit, unit,
 * variants, extensions and citation, whether it may be overridden ([verify]) and whether it is; a configurable row
 * selected can be overridden in a dialog.
 */
public class RulesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient RuleAdministration rules;
    private final transient UserPrincipal actor;
    private final Grid<RuleLine> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Button override = new Button();
    private transient List<RuleLine> lines = List.of();

    public RulesView(RuleAdministration rules) {
        this.rules = rules;
        this.actor = SignedInUser.get().orElse(null);
        setId("rules");
        setPadding(true);
        setSizeFull();

        filter.setId("rules-filter");
        filter.setPlaceholder(getTranslation("identity.ui.rules.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> show());
        filter.setWidth("24rem");
        override.setText(getTranslation("identity.ui.rules.override"));
        override.setIcon(VaadinIcon.EDIT.create());
        override.setId("rules-override");
        override.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        override.setEnabled(false);
        override.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::openDialog));
        HorizontalLayout toolbar = new HorizontalLayout(filter, override);
        toolbar.setWidthFull();

        grid.setId("rules-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(l -> getTranslation("rules." + l.id()) + " (" + l.id() + ")")
                .setHeader(getTranslation("identity.ui.rules.column.rule")).setFlexGrow(3);
        grid.addColumn(l -> LocalizedDates.format(l.effectiveFrom()) + (l.inForceToday()
                ? " · " + getTranslation("identity.ui.rules.inForce") : ""))
                .setHeader(getTranslation("identity.ui.rules.column.from")).setFlexGrow(1);
        grid.addColumn(RuleLine::value).setHeader(getTranslation("identity.ui.rules.column.limit")).setFlexGrow(0)
                .setWidth("6rem");
        grid.addColumn(l -> getTranslation("identity.ui.rules.unit." + l.unit()))
                .setHeader(getTranslation("identity.ui.rules.column.unit")).setFlexGrow(1);
        grid.addColumn(RuleLine::variants).setHeader(getTranslation("identity.ui.rules.column.variants"))
                .setFlexGrow(1);
        grid.addColumn(RuleLine::extension).setHeader(getTranslation("identity.ui.rules.column.extension"))
                .setFlexGrow(1);
        grid.addColumn(RuleLine::citation).setHeader(getTranslation("identity.ui.rules.column.citation"))
                .setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("identity.ui.rules.column.status")).setFlexGrow(2);
        grid.setSizeFull();
        grid.addSelectionListener(e -> override.setEnabled(actor != null
                && e.getFirstSelectedItem().map(RuleLine::configurable).orElse(false)));
        grid.addItemDoubleClickListener(e -> {
            if (actor != null && e.getItem().configurable()) {
                openDialog(e.getItem());
            }
        });

        add(new Span(getTranslation("identity.ui.rules.intro")), toolbar, grid);
        refresh();
    }

    private String status(RuleLine line) {
        if (line.overridden()) {
            return getTranslation("identity.ui.rules.status.overridden",
                    line.shippedValue() + " " + getTranslation("identity.ui.rules.unit." + line.shippedUnit()));
        }
        return getTranslation(line.configurable() ? "identity.ui.rules.status.verify"
                : "identity.ui.rules.status.confirmed");
    }

    /** Reads the table again (after an override the table in force is a new one). */
    void refresh() {
        lines = RuleLine.of(rules, LocalizedDates.today());
        show();
    }

    private void show() {
        String text = filter.getValue();
        grid.setItems(lines.stream().filter(l -> l.matches(text, getTranslation("rules." + l.id()))).toList());
        override.setEnabled(false);
    }

    private void openDialog(RuleLine line) {
        new OverrideDialog(rules, actor, line, rules.overrides().getOrDefault(line.id(), java.util.Map.of()),
                this::refresh).open();
    }

    static LocalDate today() {
        return LocalizedDates.today();
    }
}
