package org.danvan.supervision.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.supervision.api.ProgrammeDraft;
import org.danvan.supervision.api.ProgrammeState;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.SubjectKind;
import org.danvan.supervision.api.SupervisionForm;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionProgramme;
import org.danvan.supervision.api.SupervisionService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The supervision programmes of a unit and the units below it in a year: each with its subject, form, team, the
 * plan's clock (sent at least 15 days before the round), the round held with its findings, the report's clock; the
 * next step as a button for the organisation; and the recommendations of the programme chosen, with their answers
 * and follow-up.
 */
public class ProgrammesView extends SupervisionScreen {

    private static final long serialVersionUID = 1L;

    private final transient SupervisionService programmes;
    private final transient RecommendationService recommendations;
    private final Grid<SupervisionProgramme> grid = new Grid<>();
    private final Grid<Recommendation> recommendationGrid = new Grid<>();
    private final H3 chosenTitle = new H3();
    private final Paragraph findings = new Paragraph();
    private transient SupervisionProgramme chosen;

    public ProgrammesView(SupervisionService programmes, RecommendationService recommendations,
            OrgUnitDirectory units, AccessControl access) {
        super("sv-programmes", units, access);
        this.programmes = programmes;
        this.recommendations = recommendations;
        Button create = button("sv-programme-new", "supervision.ui.programme.new", e -> edit(null));
        create.setVisible(user != null && access.isPermittedSomewhere(user, SupervisionPermissions.MANAGE));

        grid.setId("sv-programme-list");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> shown(p.roundOn())).setHeader(getTranslation("supervision.ui.programme.roundOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.title() + " — " + p.subject() + " (" + p.unitName() + ")")
                .setHeader(getTranslation("supervision.ui.programme.title")).setFlexGrow(3);
        grid.addColumn(p -> getTranslation("supervision.ui.form." + p.form().name()))
                .setHeader(getTranslation("supervision.ui.programme.form")).setFlexGrow(1);
        grid.addComponentColumn(p -> {
            Span state = new Span(getTranslation("supervision.ui.state." + p.state().name()));
            state.setId("sv-programme-state-" + p.id());
            return state;
        }).setHeader(getTranslation("supervision.ui.programme.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::clocks).setHeader(getTranslation("supervision.ui.programme.clocks"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("supervision.ui.programme.empty"));

        recommendationGrid.setId("sv-recommendation-list");
        recommendationGrid.setAllRowsVisible(true);
        recommendationGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        RecommendationColumns.add(recommendationGrid, this);
        recommendationGrid.addComponentColumn(r -> {
            boolean manage = may(SupervisionPermissions.MANAGE, r.unitId());
            boolean open = r.state() != org.danvan.supervision.api.RecommendationState.CLOSED;
            HorizontalLayout actions = new HorizontalLayout(
                    small("sv-rec-followup-" + r.id(), "supervision.ui.recommendation.followUp", manage && open,
                            e -> note(r, false)),
                    small("sv-rec-close-" + r.id(), "supervision.ui.recommendation.close", manage && open
                            && r.state() != org.danvan.supervision.api.RecommendationState.NOT_YET,
                            e -> note(r, true)));
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        recommendationGrid.setEmptyStateText(getTranslation("supervision.ui.recommendation.empty"));
        chosenTitle.setId("sv-programme-chosen");
        findings.setId("sv-programme-findings");
        findings.getStyle().set("white-space", "pre-line");

        add(filters(create), grid, chosenTitle, findings, recommendationGrid);
        refresh();
    }

    private Span clocks(SupervisionProgramme p) {
        StringBuilder text = new StringBuilder(p.planSentOn() == null
                ? getTranslation("supervision.ui.clock.planDue", shown(p.planDueBy()))
                : getTranslation(p.planLate() ? "supervision.ui.clock.planSentLate" : "supervision.ui.clock.planSent",
                        shown(p.planSentOn()), shown(p.planDueBy())));
        if (p.heldOn() != null) {
            text.append(" · ").append(getTranslation("supervision.ui.clock.held", shown(p.heldOn())));
            text.append(" · ").append(p.reportedOn() == null
                    ? getTranslation("supervision.ui.clock.reportDue", shown(p.reportDueOn()))
                    : getTranslation("supervision.ui.clock.reported", shown(p.reportedOn())));
        }
        Span clocks = new Span(text.toString());
        clocks.setId("sv-programme-clock-" + p.id());
        if (p.planLate() || p.reportLate(LocalizedDates.today())) {
            clocks.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return clocks;
    }

    private HorizontalLayout actions(SupervisionProgramme p) {
        boolean manage = may(SupervisionPermissions.MANAGE, p.unitId());
        String id = Long.toString(p.id());
        return new HorizontalLayout(
                small("sv-programme-open-" + id, "supervision.ui.programme.open", true, e -> choose(p)),
                small("sv-programme-edit-" + id, "supervision.ui.programme.edit",
                        manage && p.state() == ProgrammeState.PLANNED, e -> edit(p)),
                small("sv-programme-send-" + id, "supervision.ui.programme.send",
                        manage && p.state() == ProgrammeState.PLANNED, e -> day(p, true)),
                small("sv-programme-hold-" + id, "supervision.ui.programme.hold",
                        manage && p.state() == ProgrammeState.PLAN_SENT, e -> hold(p)),
                small("sv-programme-report-" + id, "supervision.ui.programme.report",
                        manage && p.state() == ProgrammeState.HELD, e -> day(p, false)),
                small("sv-programme-recommend-" + id, "supervision.ui.programme.recommend",
                        manage && (p.state() == ProgrammeState.HELD || p.state() == ProgrammeState.REPORTED),
                        e -> recommend(p)));
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        List<SupervisionProgramme> list = unitId == null ? List.of()
                : programmes.programmes(unitId, chosenYear(), user);
        grid.setItems(list);
        chosen = chosen == null ? null : list.stream().filter(p -> p.id() == chosen.id()).findFirst().orElse(null);
        showChosen();
    }

    void choose(SupervisionProgramme p) {
        chosen = p;
        showChosen();
    }

    private void showChosen() {
        chosenTitle.setText(chosen == null ? getTranslation("supervision.ui.programme.none")
                : getTranslation("supervision.ui.recommendation.of", chosen.title()));
        recommendationGrid.setItems(chosen == null ? List.of() : recommendations.ofProgramme(chosen.id(), user));
        findings.setText(chosen == null || chosen.findings() == null ? ""
                : getTranslation("supervision.ui.programme.findingsText", shown(chosen.heldOn()), chosen.findings()));
    }

    void edit(SupervisionProgramme current) {
        Dialog dialog = dialog("sv-programme-dialog", current == null ? "supervision.ui.programme.new"
                : "supervision.ui.programme.edit");
        UnitPicker owner = new UnitPicker(units, "sv-programme-unit", getTranslation("supervision.ui.programme.unit"));
        TextField title = new TextField(getTranslation("supervision.ui.programme.titleField"));
        title.setId("sv-programme-title");
        title.setMaxLength(ProgrammeDraft.TITLE_MAX);
        Select<SubjectKind> kind = new Select<>();
        kind.setId("sv-programme-kind");
        kind.setLabel(getTranslation("supervision.ui.programme.kind"));
        kind.setItems(SubjectKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("supervision.ui.kind." + k.name()));
        kind.setValue(SubjectKind.UNIT);
        UnitPicker subjectUnit = new UnitPicker(units, "sv-programme-subject-unit",
                getTranslation("supervision.ui.programme.subjectUnit"));
        TextField subject = new TextField(getTranslation("supervision.ui.programme.subject"));
        subject.setId("sv-programme-subject");
        subject.setMaxLength(ProgrammeDraft.TITLE_MAX);
        Select<SupervisionForm> form = new Select<>();
        form.setId("sv-programme-form");
        form.setLabel(getTranslation("supervision.ui.programme.form"));
        form.setItems(SupervisionForm.values());
        form.setItemLabelGenerator(f -> getTranslation("supervision.ui.form." + f.name()));
        form.setValue(SupervisionForm.TEAM);
        TextArea content = new TextArea(getTranslation("supervision.ui.programme.content"));
        content.setId("sv-programme-content");
        DatePicker round = datePicker("sv-programme-round", "supervision.ui.programme.roundOn");
        round.setHelperText(getTranslation("supervision.ui.programme.roundHelper"));
        TextArea team = new TextArea(getTranslation("supervision.ui.programme.team"));
        team.setId("sv-programme-team");
        team.setHelperText(getTranslation("supervision.ui.programme.teamHelper"));
        if (current != null) {
            units.find(current.unitId()).ifPresent(owner::setValue);
            owner.setReadOnly(true);
            title.setValue(current.title());
            kind.setValue(current.subjectKind());
            Optional.ofNullable(current.subjectUnitId()).flatMap(units::find).ifPresent(subjectUnit::setValue);
            subject.setValue(current.subject());
            form.setValue(current.form());
            content.setValue(current.content());
            round.setValue(current.roundOn());
            team.setValue(String.join("\n", current.team()));
        } else {
            ownUnitIfManaged(owner);
        }
        FormLayout layout = new FormLayout(owner, title, kind, subjectUnit, subject, form, round);
        layout.setColspan(title, 2);
        layout.setColspan(subject, 2);
        dialog.add(layout, content, team);
        content.setWidthFull();
        team.setWidthFull();
        FieldErrors errors = new FieldErrors().field(owner, "unitId").field(title, "title")
                .field(kind, "subjectKind").field(subjectUnit, "subjectUnitId").field(subject, "subject")
                .field(form, "form").field(content, "content").field(round, "roundOn").field(team, "team");
        footer(dialog, "sv-programme-save", errors, () -> {
            ProgrammeDraft draft = new ProgrammeDraft(owner.getValue() == null ? null : owner.getValue().id(),
                    title.getValue(), kind.getValue(), subjectUnit.getValue() == null ? null
                            : subjectUnit.getValue().id(), subject.getValue(), form.getValue(), content.getValue(),
                    round.getValue(), Arrays.asList(team.getValue().split("\\R")));
            if (current == null) {
                chosen = programmes.create(draft, user);
            } else {
                chosen = programmes.update(current.id(), current.version(), draft, user);
            }
        });
    }

    /** The plan sent ({@code plan}) or the report issued: one day, today by default. */
    void day(SupervisionProgramme p, boolean plan) {
        Dialog dialog = dialog("sv-day-dialog", plan ? "supervision.ui.programme.send"
                : "supervision.ui.programme.report");
        DatePicker day = datePicker("sv-day-field", plan ? "supervision.ui.programme.sentOn"
                : "supervision.ui.programme.reportedOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new Paragraph(plan ? getTranslation("supervision.ui.clock.planDue", shown(p.planDueBy()))
                : getTranslation("supervision.ui.clock.reportDue", shown(p.reportDueOn()))), day);
        FieldErrors errors = new FieldErrors().field(day, plan ? "planSentOn" : "reportedOn");
        footer(dialog, "sv-day-save", errors, () -> {
            if (plan) {
                programmes.sendPlan(p.id(), p.version(), day.getValue(), user);
            } else {
                programmes.report(p.id(), p.version(), day.getValue(), user);
            }
        });
    }

    void hold(SupervisionProgramme p) {
        Dialog dialog = dialog("sv-held-dialog", "supervision.ui.programme.hold");
        DatePicker day = datePicker("sv-held-day", "supervision.ui.programme.heldOn");
        day.setValue(LocalizedDates.today());
        TextArea found = new TextArea(getTranslation("supervision.ui.programme.findings"));
        found.setId("sv-held-findings");
        found.setWidthFull();
        dialog.add(day, found);
        FieldErrors errors = new FieldErrors().field(day, "heldOn").field(found, "findings");
        footer(dialog, "sv-held-save", errors, () -> programmes.holdRound(p.id(), p.version(), day.getValue(),
                found.getValue(), user));
    }

    void recommend(SupervisionProgramme p) {
        chosen = p;
        Dialog dialog = dialog("sv-rec-dialog", "supervision.ui.programme.recommend");
        UnitPicker addressee = new UnitPicker(units, "sv-rec-addressee",
                getTranslation("supervision.ui.recommendation.addressee"));
        Optional.ofNullable(p.subjectUnitId()).flatMap(units::find).ifPresent(addressee::setValue);
        TextArea content = new TextArea(getTranslation("supervision.ui.recommendation.content"));
        content.setId("sv-rec-content");
        content.setWidthFull();
        dialog.add(addressee, content);
        FieldErrors errors = new FieldErrors().field(addressee, "addresseeUnitId").field(content, "content");
        footer(dialog, "sv-rec-save", errors, () -> recommendations.issue(p.id(), addressee.getValue() == null
                ? null : addressee.getValue().id(), content.getValue(), user));
    }

    /** A follow-up note, or the last note that closes the recommendation. */
    void note(Recommendation r, boolean close) {
        Dialog dialog = dialog("sv-note-dialog", close ? "supervision.ui.recommendation.close"
                : "supervision.ui.recommendation.followUp");
        TextArea note = new TextArea(getTranslation("supervision.ui.recommendation.note"));
        note.setId("sv-note-text");
        note.setWidthFull();
        dialog.add(new Paragraph(r.content()), note);
        FieldErrors errors = new FieldErrors().field(note, "note");
        footer(dialog, "sv-note-save", errors, () -> {
            if (close) {
                recommendations.close(r.id(), r.version(), note.getValue(), user);
            } else {
                recommendations.followUp(r.id(), r.version(), note.getValue(), user);
            }
        });
    }
}
