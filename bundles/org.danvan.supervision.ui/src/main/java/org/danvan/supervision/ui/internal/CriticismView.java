package org.danvan.supervision.ui.internal;

import java.util.List;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.supervision.api.Criticism;
import org.danvan.supervision.api.CriticismDraft;
import org.danvan.supervision.api.CriticismForm;
import org.danvan.supervision.api.CriticismService;
import org.danvan.supervision.api.CriticismState;
import org.danvan.supervision.api.OpinionDecision;
import org.danvan.supervision.api.SupervisionPermissions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Social criticism of drafts: the drafts a unit and the units below it received in a year, each with its conference,
 * its opinions and the drafting body's explanation of each; the steps as buttons for the organisation, the
 * explanation for the drafting unit.
 */
public class CriticismView extends SupervisionScreen {

    private static final long serialVersionUID = 1L;

    private final transient CriticismService criticisms;
    private final Grid<Criticism> grid = new Grid<>();
    private final Grid<Criticism.Opinion> opinionGrid = new Grid<>();
    private final H3 chosenTitle = new H3();
    private final Paragraph conference = new Paragraph();
    private transient Criticism chosen;

    public CriticismView(CriticismService criticisms, OrgUnitDirectory units, AccessControl access) {
        super("sv-criticism", units, access);
        this.criticisms = criticisms;
        Button create = button("sv-criticism-new", "supervision.ui.criticism.new", e -> register());
        create.setVisible(user != null && access.isPermittedSomewhere(user, SupervisionPermissions.MANAGE));
        grid.setId("sv-criticism-list");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> shown(c.receivedOn())).setHeader(getTranslation("supervision.ui.criticism.receivedOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.draftTitle() + " — " + c.draftingBody())
                .setHeader(getTranslation("supervision.ui.criticism.draft")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("supervision.ui.criticismForm." + c.form().name()))
                .setHeader(getTranslation("supervision.ui.programme.form")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("supervision.ui.criticismState." + c.state().name(), c.opinions().size(),
                c.taken())).setHeader(getTranslation("supervision.ui.programme.state")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("supervision.ui.criticism.empty"));

        opinionGrid.setId("sv-opinion-list");
        opinionGrid.setAllRowsVisible(true);
        opinionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        opinionGrid.addColumn(Criticism.Opinion::author).setHeader(getTranslation("supervision.ui.opinion.author"))
                .setFlexGrow(1);
        opinionGrid.addColumn(Criticism.Opinion::content).setHeader(getTranslation("supervision.ui.opinion.content"))
                .setFlexGrow(3);
        opinionGrid.addColumn(o -> o.decision() == null ? getTranslation("supervision.ui.opinion.pending")
                : getTranslation("supervision.ui.decision." + o.decision().name()))
                .setHeader(getTranslation("supervision.ui.opinion.decision")).setAutoWidth(true).setFlexGrow(0);
        opinionGrid.addColumn(o -> o.explanation() == null ? "" : o.explanation())
                .setHeader(getTranslation("supervision.ui.opinion.explanation")).setFlexGrow(3);
        opinionGrid.addComponentColumn(o -> small("sv-opinion-explain-" + o.id(), "supervision.ui.opinion.explain",
                chosen != null && (chosen.state() == CriticismState.SENT || chosen.state() == CriticismState.EXPLAINED)
                        && mayExplain(chosen), e -> explain(o))).setAutoWidth(true).setFlexGrow(0);
        opinionGrid.setEmptyStateText(getTranslation("supervision.ui.opinion.empty"));
        conference.setId("sv-criticism-conference");
        add(filters(create), grid, chosenTitle, conference, opinionGrid);
        refresh();
    }

    private boolean mayExplain(Criticism c) {
        return may(SupervisionPermissions.MANAGE, c.unitId())
                || c.draftingUnitId() != null && may(SupervisionPermissions.ANSWER, c.draftingUnitId());
    }

    private HorizontalLayout actions(Criticism c) {
        boolean manage = may(SupervisionPermissions.MANAGE, c.unitId());
        boolean open = c.state() == CriticismState.RECEIVED || c.state() == CriticismState.CONFERENCE_HELD;
        String id = Long.toString(c.id());
        return new HorizontalLayout(
                small("sv-criticism-open-" + id, "supervision.ui.criticism.open", true, e -> choose(c)),
                small("sv-criticism-conference-" + id, "supervision.ui.criticism.conference",
                        manage && c.state() == CriticismState.RECEIVED, e -> conference(c)),
                small("sv-criticism-opinion-" + id, "supervision.ui.criticism.opinion", manage && open,
                        e -> opinion(c)),
                small("sv-criticism-send-" + id, "supervision.ui.criticism.send",
                        manage && open && !c.opinions().isEmpty(), e -> send(c)));
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        List<Criticism> list = unitId == null ? List.of() : criticisms.criticisms(unitId, chosenYear(), user);
        grid.setItems(list);
        chosen = chosen == null ? null : list.stream().filter(c -> c.id() == chosen.id()).findFirst().orElse(null);
        showChosen();
    }

    void choose(Criticism c) {
        chosen = c;
        showChosen();
    }

    private void showChosen() {
        chosenTitle.setText(chosen == null ? getTranslation("supervision.ui.criticism.none")
                : getTranslation("supervision.ui.opinion.of", chosen.draftTitle()));
        conference.setText(chosen == null || chosen.conferenceOn() == null ? ""
                : getTranslation("supervision.ui.criticism.conferenceText", shown(chosen.conferenceOn()),
                        chosen.conferenceSummary()));
        opinionGrid.setItems(chosen == null ? List.of() : chosen.opinions());
    }

    void register() {
        Dialog dialog = dialog("sv-criticism-dialog", "supervision.ui.criticism.new");
        UnitPicker owner = new UnitPicker(units, "sv-criticism-unit", getTranslation("supervision.ui.programme.unit"));
        ownUnitIfManaged(owner);
        TextField draft = new TextField(getTranslation("supervision.ui.criticism.draft"));
        draft.setId("sv-criticism-draft");
        draft.setMaxLength(CriticismDraft.TITLE_MAX);
        TextField body = new TextField(getTranslation("supervision.ui.criticism.body"));
        body.setId("sv-criticism-body");
        UnitPicker draftingUnit = new UnitPicker(units, "sv-criticism-drafting-unit",
                getTranslation("supervision.ui.criticism.draftingUnit"));
        draftingUnit.setHelperText(getTranslation("supervision.ui.criticism.draftingUnitHelper"));
        Select<CriticismForm> form = new Select<>();
        form.setId("sv-criticism-form");
        form.setLabel(getTranslation("supervision.ui.programme.form"));
        form.setItems(CriticismForm.values());
        form.setItemLabelGenerator(f -> getTranslation("supervision.ui.criticismForm." + f.name()));
        form.setValue(CriticismForm.CONFERENCE);
        DatePicker received = datePicker("sv-criticism-received", "supervision.ui.criticism.receivedOn");
        received.setValue(LocalizedDates.today());
        FormLayout layout = new FormLayout(owner, draft, body, draftingUnit, form, received);
        layout.setColspan(draft, 2);
        dialog.add(layout);
        FieldErrors errors = new FieldErrors().field(owner, "unitId").field(draft, "draftTitle")
                .field(body, "draftingBody").field(draftingUnit, "draftingUnitId").field(form, "form")
                .field(received, "receivedOn");
        footer(dialog, "sv-criticism-save", errors, () -> chosen = criticisms.register(new CriticismDraft(
                owner.getValue() == null ? null : owner.getValue().id(), draft.getValue(), body.getValue(),
                draftingUnit.getValue() == null ? null : draftingUnit.getValue().id(), form.getValue(),
                received.getValue()), user));
    }

    void conference(Criticism c) {
        Dialog dialog = dialog("sv-conference-dialog", "supervision.ui.criticism.conference");
        DatePicker day = datePicker("sv-conference-day", "supervision.ui.criticism.conferenceOn");
        day.setValue(LocalizedDates.today());
        TextArea summary = new TextArea(getTranslation("supervision.ui.criticism.summary"));
        summary.setId("sv-conference-summary");
        summary.setWidthFull();
        dialog.add(day, summary);
        FieldErrors errors = new FieldErrors().field(day, "conferenceOn").field(summary, "conferenceSummary");
        footer(dialog, "sv-conference-save", errors, () -> chosen = criticisms.holdConference(c.id(), c.version(),
                day.getValue(), summary.getValue(), user));
    }

    void opinion(Criticism c) {
        Dialog dialog = dialog("sv-opinion-dialog", "supervision.ui.criticism.opinion");
        TextField author = new TextField(getTranslation("supervision.ui.opinion.author"));
        author.setId("sv-opinion-author");
        author.setWidthFull();
        TextArea content = new TextArea(getTranslation("supervision.ui.opinion.content"));
        content.setId("sv-opinion-content");
        content.setWidthFull();
        dialog.add(author, content);
        FieldErrors errors = new FieldErrors().field(author, "author").field(content, "content");
        footer(dialog, "sv-opinion-save", errors, () -> chosen = criticisms.addOpinion(c.id(), author.getValue(),
                content.getValue(), user));
    }

    void send(Criticism c) {
        Dialog dialog = dialog("sv-send-dialog", "supervision.ui.criticism.send");
        DatePicker day = datePicker("sv-send-day", "supervision.ui.criticism.sentOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new Paragraph(getTranslation("supervision.ui.criticism.sendText", c.opinions().size(),
                c.draftingBody())), day);
        FieldErrors errors = new FieldErrors().field(day, "sentOn");
        footer(dialog, "sv-send-save", errors, () -> chosen = criticisms.send(c.id(), c.version(), day.getValue(),
                user));
    }

    void explain(Criticism.Opinion o) {
        Dialog dialog = dialog("sv-explain-dialog", "supervision.ui.opinion.explain");
        RadioButtonGroup<OpinionDecision> decision = new RadioButtonGroup<>(
                getTranslation("supervision.ui.opinion.decision"));
        decision.setId("sv-explain-decision");
        decision.setItems(OpinionDecision.values());
        decision.setItemLabelGenerator(d -> getTranslation("supervision.ui.decision." + d.name()));
        decision.setValue(o.decision());
        TextArea explanation = new TextArea(getTranslation("supervision.ui.opinion.explanation"));
        explanation.setId("sv-explain-text");
        explanation.setWidthFull();
        if (o.explanation() != null) {
            explanation.setValue(o.explanation());
        }
        dialog.add(new Paragraph(o.author() + ": " + o.content()), decision, explanation);
        FieldErrors errors = new FieldErrors().field(decision, "decision").field(explanation, "explanation");
        footer(dialog, "sv-explain-save", errors, () -> chosen = criticisms.explain(o.id(), o.version(),
                decision.getValue(), explanation.getValue(), user));
    }
}
