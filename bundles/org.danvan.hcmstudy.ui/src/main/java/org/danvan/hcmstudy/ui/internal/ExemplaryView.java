package org.danvan.hcmstudy.ui.internal;

import java.util.List;

import org.danvan.hcmstudy.api.Exemplary;
import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Exemplary people and collectives of a unit and its subtree: proposed with their story, recognised by a decision,
 * listed for replication (and offered to other modules, emulation above all, as evidence).
 */
public class ExemplaryView extends StudyScreen {

    private static final long serialVersionUID = 1L;

    private final transient ExemplaryService exemplary;
    private final Button propose;
    private final Grid<Exemplary> grid = new Grid<>();

    public ExemplaryView(ExemplaryService exemplary, OrgUnitDirectory units, AccessControl access) {
        super("hs-models", units, access);
        this.exemplary = exemplary;
        year.setVisible(false);
        propose = button("hs-model-propose", "hcmstudy.ui.model.propose", e -> propose());
        grid.setId("hs-model-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Exemplary::name).setHeader(getTranslation("hcmstudy.ui.model.name")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(m.collective() ? "hcmstudy.ui.model.collective"
                : "hcmstudy.ui.model.person")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Exemplary::story).setHeader(getTranslation("hcmstudy.ui.model.story")).setFlexGrow(3);
        grid.addColumn(m -> m.recognised() ? getTranslation("hcmstudy.ui.model.recognisedBy", m.decisionRef(),
                LocalizedDates.format(m.decidedOn())) : getTranslation("hcmstudy.ui.model.proposedOn",
                        LocalizedDates.format(m.proposedOn())))
                .setHeader(getTranslation("hcmstudy.ui.model.state")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Button recognise = button("hs-model-recognise-" + m.id(), "hcmstudy.ui.model.recognise",
                    e -> recognise(m));
            recognise.addThemeVariants(ButtonVariant.LUMO_SMALL);
            recognise.setVisible(!m.recognised() && user != null
                    && access.isPermitted(user, HcmStudyPermissions.ASSESS, m.unitId()));
            return recognise;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("hcmstudy.ui.model.empty"));
        add(filters(propose), grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        grid.setItems(unitId == null ? List.of() : exemplary.ofUnit(unitId, user));
        propose.setVisible(may(HcmStudyPermissions.MANAGE));
    }

    private void propose() {
        Dialog dialog = dialog("hs-model-dialog", "hcmstudy.ui.model.propose");
        TextField name = new TextField(getTranslation("hcmstudy.ui.model.name"));
        name.setId("hs-model-name");
        name.setWidthFull();
        Checkbox collective = new Checkbox(getTranslation("hcmstudy.ui.model.collective"));
        collective.setId("hs-model-collective");
        TextArea story = new TextArea(getTranslation("hcmstudy.ui.model.story"));
        story.setId("hs-model-story");
        story.setWidthFull();
        dialog.add(name, collective, story);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(name, "name").field(story, "story");
        footer(dialog, "hs-model-save", errors, () -> exemplary.propose(unitId(), collective.getValue(),
                name.getValue(), story.getValue(), user));
    }

    private void recognise(Exemplary model) {
        Dialog dialog = dialog("hs-recognise-dialog", "hcmstudy.ui.model.recognise");
        TextField decision = new TextField(getTranslation("hcmstudy.ui.model.decision"));
        decision.setId("hs-recognise-decision");
        DatePicker day = datePicker("hs-recognise-day", "hcmstudy.ui.model.decidedOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new Paragraph(model.name()), decision, day);
        FieldErrors errors = new FieldErrors().field(decision, "decisionRef").field(day, "decidedOn");
        footer(dialog, "hs-recognise-save", errors, () -> exemplary.recognise(model.id(), model.version(),
                decision.getValue(), day.getValue(), user));
    }
}
