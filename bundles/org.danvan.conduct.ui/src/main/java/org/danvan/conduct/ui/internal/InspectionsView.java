package org.danvan.conduct.ui.internal;

import java.util.List;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.conduct.api.Finding;
import org.danvan.conduct.api.FindingDraft;
import org.danvan.conduct.api.Inspection;
import org.danvan.conduct.api.InspectionDraft;
import org.danvan.conduct.api.InspectionStatus;
import org.danvan.conduct.api.Severity;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The inspections of public-service places of a unit in a year: plan one, record the round held, its findings (about
 * an official or the place) and the conclusion.
 */
public class InspectionsView extends ConductScreen {

    private static final long serialVersionUID = 1L;

    private final transient ConductService conduct;
    private final Button planButton;
    private final Grid<Inspection> grid = new Grid<>();

    public InspectionsView(ConductService conduct, OrgUnitDirectory units, AccessControl access) {
        super("cd-inspections", units, access);
        this.conduct = conduct;
        planButton = button("cd-inspection-plan", "conduct.ui.inspection.plan", e -> plan());
        grid.setId("cd-inspection-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Inspection::place).setHeader(getTranslation("conduct.ui.inspection.place")).setFlexGrow(2);
        grid.addColumn(i -> LocalizedDates.format(i.plannedOn()))
                .setHeader(getTranslation("conduct.ui.inspection.plannedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Inspection::topics).setHeader(getTranslation("conduct.ui.inspection.topics")).setFlexGrow(2);
        grid.addColumn(i -> String.join(", ", i.caseNumbers()))
                .setHeader(getTranslation("conduct.ui.cases")).setFlexGrow(1);
        grid.addComponentColumn(i -> {
            Span state = new Span(getTranslation(i.status().labelKey()));
            state.setId("cd-inspection-state-" + i.id());
            state.getElement().getThemeList().add(i.status() == InspectionStatus.CONCLUDED ? "badge success"
                    : "badge");
            return state;
        }).setHeader(getTranslation("conduct.ui.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.heldOn() == null ? "" : getTranslation("conduct.ui.inspection.heldCell",
                LocalizedDates.format(i.heldOn()), i.findings()))
                .setHeader(getTranslation("conduct.ui.inspection.round")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setEmptyStateText(getTranslation("conduct.ui.inspection.empty"));
        add(filters(true, planButton), grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        grid.setItems(unitId == null ? List.of() : conduct.inspections(unitId, chosenYear(), user));
        planButton.setVisible(may(ConductPermissions.MANAGE));
    }

    private HorizontalLayout actions(Inspection i) {
        HorizontalLayout actions = new HorizontalLayout();
        boolean manage = may(ConductPermissions.MANAGE);
        if (manage && i.status() == InspectionStatus.PLANNED) {
            actions.add(small(button("cd-hold-" + i.id(), "conduct.ui.inspection.hold", e -> hold(i))));
        }
        if (manage && i.status() == InspectionStatus.HELD) {
            actions.add(small(button("cd-finding-add-" + i.id(), "conduct.ui.finding.add", e -> addFinding(i))),
                    small(button("cd-conclude-" + i.id(), "conduct.ui.inspection.conclude", e -> conclude(i))));
        }
        return actions;
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** The findings of a held inspection, and its conclusion, under its row. */
    private com.vaadin.flow.component.Component details(Inspection i) {
        Grid<Finding> findings = new Grid<>();
        findings.setId("cd-findings-" + i.id());
        findings.setAllRowsVisible(true);
        findings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        findings.addColumn(f -> f.officialName() == null ? getTranslation("conduct.ui.finding.aboutPlace")
                : f.officialName() + " — " + f.officialPosition()).setHeader(getTranslation(
                        "conduct.ui.finding.about")).setFlexGrow(1);
        findings.addColumn(Finding::seen).setHeader(getTranslation("conduct.ui.finding.seen")).setFlexGrow(2);
        findings.addColumn(f -> getTranslation(f.severity().labelKey()))
                .setHeader(getTranslation("conduct.ui.finding.severity")).setAutoWidth(true).setFlexGrow(0);
        findings.setItems(conduct.findings(i.id(), user));
        com.vaadin.flow.component.orderedlayout.VerticalLayout box =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(findings);
        if (i.conclusion() != null) {
            box.add(new Span(getTranslation("conduct.ui.inspection.conclusionCell",
                    LocalizedDates.format(i.concludedOn()), i.conclusion())));
        }
        return box;
    }

    void plan() {
        Dialog dialog = dialog("cd-inspection-dialog", "conduct.ui.inspection.plan");
        TextField place = new TextField(getTranslation("conduct.ui.inspection.place"));
        place.setId("cd-inspection-place");
        place.setWidthFull();
        DatePicker day = datePicker("cd-inspection-day", "conduct.ui.inspection.plannedOn");
        day.setValue(LocalizedDates.today());
        TextArea team = new TextArea(getTranslation("conduct.ui.inspection.team"));
        team.setId("cd-inspection-team");
        team.setWidthFull();
        TextArea topics = new TextArea(getTranslation("conduct.ui.inspection.topics"));
        topics.setId("cd-inspection-topics");
        topics.setWidthFull();
        TextField cases = casesField("cd-inspection-cases");
        FormLayout form = new FormLayout(place, day, team, topics, cases);
        form.setColspan(place, 2);
        form.setColspan(team, 2);
        form.setColspan(topics, 2);
        form.setColspan(cases, 2);
        dialog.add(form);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(place, "place").field(day, "plannedOn")
                .field(team, "team").field(topics, "topics").field(cases, "caseNumbers");
        footer(dialog, "cd-inspection-save", errors, () -> conduct.plan(new InspectionDraft(unitId(),
                place.getValue(), day.getValue(), team.getValue(), topics.getValue(),
                CaseNumbers.parse(cases.getValue())), user));
    }

    /** The case numbers field; without the case engine it is disabled and says why. */
    TextField casesField(String id) {
        TextField cases = new TextField(getTranslation("conduct.ui.cases"));
        cases.setId(id);
        cases.setWidthFull();
        if (conduct.casesAvailable()) {
            cases.setHelperText(getTranslation("conduct.ui.cases.help"));
        } else {
            cases.setEnabled(false);
            cases.setHelperText(getTranslation("conduct.ui.cases.unavailable"));
        }
        return cases;
    }

    void hold(Inspection i) {
        Dialog dialog = dialog("cd-hold-dialog", "conduct.ui.inspection.hold");
        DatePicker day = datePicker("cd-hold-day", "conduct.ui.inspection.heldOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new FormLayout(day));
        FieldErrors errors = new FieldErrors().field(day, "heldOn");
        footer(dialog, "cd-hold-save", errors, () -> conduct.hold(i.id(), i.version(), day.getValue(), user));
    }

    void addFinding(Inspection i) {
        Dialog dialog = dialog("cd-finding-dialog", "conduct.ui.finding.add");
        TextField name = new TextField(getTranslation("conduct.ui.official.name"));
        name.setId("cd-finding-name");
        name.setHelperText(getTranslation("conduct.ui.finding.nameHelp"));
        TextField position = new TextField(getTranslation("conduct.ui.official.position"));
        position.setId("cd-finding-position");
        TextArea seen = new TextArea(getTranslation("conduct.ui.finding.seen"));
        seen.setId("cd-finding-seen");
        seen.setWidthFull();
        ComboBox<Severity> severity = new ComboBox<>();
        severity.setId("cd-finding-severity");
        severity.setLabel(getTranslation("conduct.ui.finding.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        FormLayout form = new FormLayout(name, position, seen, severity);
        form.setColspan(seen, 2);
        dialog.add(form);
        FieldErrors errors = new FieldErrors().field(name, "officialName").field(position, "officialPosition")
                .field(seen, "seen").field(severity, "severity");
        footer(dialog, "cd-finding-save", errors, () -> conduct.addFinding(i.id(), i.version(), new FindingDraft(
                name.getValue(), position.getValue(), seen.getValue(), severity.getValue()), user));
    }

    void conclude(Inspection i) {
        Dialog dialog = dialog("cd-conclude-dialog", "conduct.ui.inspection.conclude");
        TextArea text = new TextArea(getTranslation("conduct.ui.inspection.conclusion"));
        text.setId("cd-conclude-text");
        text.setWidthFull();
        DatePicker day = datePicker("cd-conclude-day", "conduct.ui.inspection.concludedOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new FormLayout(text, day));
        FieldErrors errors = new FieldErrors().field(text, "conclusion").field(day, "concludedOn");
        footer(dialog, "cd-conclude-save", errors, () -> conduct.conclude(i.id(), i.version(), text.getValue(),
                day.getValue(), user));
    }
}
