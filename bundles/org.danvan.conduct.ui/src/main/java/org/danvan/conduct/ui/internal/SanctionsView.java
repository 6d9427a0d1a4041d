package org.danvan.conduct.ui.internal;

import java.util.List;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.conduct.api.Inspection;
import org.danvan.conduct.api.InspectionStatus;
import org.danvan.conduct.api.Sanction;
import org.danvan.conduct.api.SanctionDraft;
import org.danvan.conduct.api.SanctionForm;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The sanction decisions of a unit in a year: the official, the form of discipline with its legal source, the decision,
 * the statute of limitation and the follow-up (remedied, not yet, late).
 */
public class SanctionsView extends ConductScreen {

    private static final long serialVersionUID = 1L;

    private final transient ConductService conduct;
    private final Button decideButton;
    private final Grid<Sanction> grid = new Grid<>();

    public SanctionsView(ConductService conduct, OrgUnitDirectory units, AccessControl access) {
        super("cd-sanctions", units, access);
        this.conduct = conduct;
        decideButton = button("cd-sanction-add", "conduct.ui.sanction.add", e -> decide());
        grid.setId("cd-sanction-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.officialName() + " — " + s.officialPosition())
                .setHeader(getTranslation("conduct.ui.official")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("conduct.form." + s.formId()))
                .setHeader(getTranslation("conduct.ui.sanction.form")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> getTranslation("conduct.ui.sanction.decisionCell", s.decisionNumber(),
                LocalizedDates.format(s.decidedOn()), s.authority()))
                .setHeader(getTranslation("conduct.ui.sanction.decision")).setFlexGrow(2);
        grid.addColumn(Sanction::violation).setHeader(getTranslation("conduct.ui.sanction.violation")).setFlexGrow(2);
        grid.addColumn(s -> String.join(", ", s.caseNumbers())).setHeader(getTranslation("conduct.ui.cases"))
                .setFlexGrow(1);
        grid.addComponentColumn(s -> {
            Span state = new Span(s.remediedOn() != null ? getTranslation("conduct.ui.sanction.remediedCell",
                    LocalizedDates.format(s.remediedOn())) : getTranslation(s.overdue()
                            ? "conduct.ui.sanction.lateCell" : "conduct.ui.sanction.dueCell",
                            LocalizedDates.format(s.remedyBy())));
            state.setId("cd-sanction-state-" + s.id());
            state.getElement().getThemeList().add(s.remediedOn() != null ? "badge success"
                    : s.overdue() ? "badge error" : "badge");
            return state;
        }).setHeader(getTranslation("conduct.ui.sanction.followUp")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> {
            Button remedy = button("cd-remedy-" + s.id(), "conduct.ui.sanction.remedy", e -> remedied(s));
            remedy.addThemeVariants(ButtonVariant.LUMO_SMALL);
            remedy.setVisible(s.remediedOn() == null && may(ConductPermissions.MANAGE));
            return remedy;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("conduct.ui.sanction.empty"));
        add(filters(true, decideButton), grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        grid.setItems(unitId == null ? List.of() : conduct.sanctions(unitId, chosenYear(), user));
        decideButton.setVisible(may(ConductPermissions.DECIDE));
    }

    void decide() {
        Dialog dialog = dialog("cd-sanction-dialog", "conduct.ui.sanction.add");
        TextField name = text("cd-sanction-name", "conduct.ui.official.name");
        TextField position = text("cd-sanction-position", "conduct.ui.official.position");
        ComboBox<SanctionForm> form = new ComboBox<>();
        form.setId("cd-sanction-form");
        form.setLabel(getTranslation("conduct.ui.sanction.form"));
        form.setItems(conduct.sanctionForms());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        Span citation = new Span();
        citation.setId("cd-sanction-citation");
        form.addValueChangeListener(e -> citation.setText(e.getValue() == null ? "" : e.getValue().citation()));
        TextArea violation = new TextArea(getTranslation("conduct.ui.sanction.violation"));
        violation.setId("cd-sanction-violation");
        violation.setWidthFull();
        DatePicker violationOn = datePicker("cd-sanction-violation-day", "conduct.ui.sanction.violationOn");
        TextField number = text("cd-sanction-number", "conduct.ui.sanction.number");
        DatePicker decidedOn = datePicker("cd-sanction-day", "conduct.ui.sanction.decidedOn");
        decidedOn.setValue(LocalizedDates.today());
        TextField authority = text("cd-sanction-authority", "conduct.ui.sanction.authority");
        ComboBox<Inspection> inspection = new ComboBox<>(getTranslation("conduct.ui.sanction.inspection"));
        inspection.setId("cd-sanction-inspection");
        inspection.setItems(unitId() == null ? List.of() : conduct.inspections(unitId(), chosenYear(), user)
                .stream().filter(i -> i.status() != InspectionStatus.PLANNED).toList());
        inspection.setItemLabelGenerator(i -> i.place() + " (" + LocalizedDates.format(i.heldOn()) + ")");
        TextField cases = new TextField(getTranslation("conduct.ui.cases"));
        cases.setId("cd-sanction-cases");
        cases.setWidthFull();
        if (conduct.casesAvailable()) {
            cases.setHelperText(getTranslation("conduct.ui.cases.help"));
        } else {
            cases.setEnabled(false);
            cases.setHelperText(getTranslation("conduct.ui.cases.unavailable"));
        }
        FormLayout layout = new FormLayout(name, position, form, citation, violation, violationOn, inspection, number,
                decidedOn, authority, cases);
        layout.setColspan(violation, 2);
        layout.setColspan(authority, 2);
        layout.setColspan(cases, 2);
        dialog.add(layout);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(name, "officialName")
                .field(position, "officialPosition").field(form, "formId").field(violation, "violation")
                .field(violationOn, "violationOn").field(number, "decisionNumber").field(decidedOn, "decidedOn")
                .field(authority, "authority").field(inspection, "inspectionId").field(cases, "caseNumbers");
        footer(dialog, "cd-sanction-save", errors, () -> conduct.decide(new SanctionDraft(unitId(),
                inspection.getValue() == null ? null : inspection.getValue().id(), name.getValue(),
                position.getValue(), form.getValue() == null ? null : form.getValue().id(), violation.getValue(),
                violationOn.getValue(), number.getValue(), decidedOn.getValue(), authority.getValue(),
                CaseNumbers.parse(cases.getValue())), user));
    }

    void remedied(Sanction s) {
        Dialog dialog = dialog("cd-remedy-dialog", "conduct.ui.sanction.remedy");
        TextArea text = new TextArea(getTranslation("conduct.ui.sanction.followUpText"));
        text.setId("cd-remedy-text");
        text.setWidthFull();
        DatePicker day = datePicker("cd-remedy-day", "conduct.ui.sanction.remediedOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new FormLayout(text, day));
        FieldErrors errors = new FieldErrors().field(text, "followUp").field(day, "remediedOn");
        footer(dialog, "cd-remedy-save", errors, () -> conduct.remedied(s.id(), s.version(), day.getValue(),
                text.getValue(), user));
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }
}
