package org.danvan.procedures.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.procedures.api.Assessment;
import org.danvan.procedures.api.Criterion;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.ProcedureRegister;
import org.danvan.procedures.api.Proposal;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewRound;
import org.danvan.procedures.api.ReviewService;
import org.danvan.procedures.api.ReviewStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The year's review round of a unit: the round and its report day, then each procedure of the register with its
 * assessment on the four criteria, the petitions it causes, the proposal, the decision and the follow-up.
 */
public class ReviewView extends ProcedureScreen {

    private static final long serialVersionUID = 1L;

    /** A procedure of the register with its review in the round, if any: one row. */
    record Row(Procedure procedure, Review review) {
    }

    private final transient ReviewService reviews;
    private final transient ProcedureRegister register;
    private final Button open;
    private final Paragraph round = new Paragraph();
    private final Grid<Row> grid = new Grid<>();
    private transient ReviewRound current;

    public ReviewView(ReviewService reviews, ProcedureRegister register, OrgUnitDirectory units,
            AccessControl access) {
        super("pr-review", units, access);
        this.reviews = reviews;
        this.register = register;
        open = button("pr-round-open", "procedures.ui.round.open", e -> openRound());
        round.setId("pr-round");
        grid.setId("pr-review-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.procedure().code()).setHeader(getTranslation("procedures.ui.procedure.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.procedure().name()).setHeader(getTranslation("procedures.ui.procedure.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.review() == null ? "" : getTranslation("procedures.ui.review.criteriaCell",
                r.review().criteriaMet())).setHeader(getTranslation("procedures.ui.review.criteria"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.review() == null ? "" : Integer.toString(r.review().caseNumbers().size()))
                .setHeader(getTranslation("procedures.ui.review.petitions")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.review() == null ? "" : getTranslation(r.review().proposal().labelKey()))
                .setHeader(getTranslation("procedures.ui.review.proposal")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::state).setHeader(getTranslation("procedures.ui.review.state")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("procedures.ui.review.empty"));
        add(filters(true, open), round, grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        List<ReviewRound> rounds = unitId == null ? List.of() : reviews.rounds(unitId, chosenYear(), user);
        current = rounds.isEmpty() ? null : rounds.get(0);
        open.setVisible(current == null && may(ProcedurePermissions.MANAGE));
        if (current == null) {
            round.setText(getTranslation("procedures.ui.round.none", chosenYear()));
            grid.setItems();
            return;
        }
        round.setText(getTranslation(current.overdue() ? "procedures.ui.round.lineLate" : "procedures.ui.round.line",
                current.title(), LocalizedDates.format(current.startedOn()), LocalizedDates.format(current.dueOn()),
                current.assessed(), current.procedures()));
        Map<Long, Review> byProcedure = reviews.reviews(current.id(), user).stream()
                .collect(Collectors.toMap(Review::procedureId, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (Procedure p : register.procedures(unitId, user)) {
            Review review = byProcedure.get(p.id());
            if (!p.abolished() || review != null) {
                rows.add(new Row(p, review));
            }
        }
        grid.setItems(rows);
    }

    private Span state(Row row) {
        Review r = row.review();
        Span state = new Span();
        state.setId("pr-review-state-" + row.procedure().code());
        if (r == null) {
            state.setText(getTranslation("procedures.ui.review.notYet"));
            return state;
        }
        String text = getTranslation(r.status().labelKey());
        if (r.decisionRef() != null) {
            text += " — " + getTranslation("procedures.ui.review.decision", r.decisionRef(),
                    LocalizedDates.format(r.decidedOn()));
        }
        if (r.status() == ReviewStatus.ADOPTED && r.implementBy() != null) {
            text += " — " + getTranslation("procedures.ui.review.implementBy", LocalizedDates.format(r.implementBy()));
        }
        if (r.implementedOn() != null) {
            text += " — " + getTranslation("procedures.ui.review.implemented", LocalizedDates.format(
                    r.implementedOn()));
        }
        state.setText(text);
        if (r.followUpOverdue()) {
            state.getElement().getThemeList().add("badge error");
        }
        return state;
    }

    private HorizontalLayout actions(Row row) {
        Review r = row.review();
        HorizontalLayout buttons = new HorizontalLayout();
        String code = row.procedure().code();
        boolean manage = may(ProcedurePermissions.MANAGE);
        if (manage && !row.procedure().abolished() && (r == null || r.status() == ReviewStatus.ASSESSED)) {
            buttons.add(small(button("pr-assess-" + code, "procedures.ui.review.assess", e -> assess(row))));
        }
        if (r != null && r.status() == ReviewStatus.ASSESSED && may(ProcedurePermissions.DECIDE)) {
            buttons.add(small(button("pr-decide-" + code, "procedures.ui.review.decide", e -> decide(r))));
        }
        if (r != null && r.status() == ReviewStatus.ADOPTED && manage) {
            buttons.add(small(button("pr-implement-" + code, "procedures.ui.review.implement", e -> implement(r))));
        }
        return buttons;
    }

    private static Button small(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void openRound() {
        Dialog dialog = dialog("pr-round-dialog", "procedures.ui.round.open");
        TextField title = new TextField(getTranslation("procedures.ui.round.title"));
        title.setId("pr-round-title");
        title.setWidthFull();
        title.setValue(getTranslation("procedures.ui.round.defaultTitle", chosenYear()));
        DatePicker started = datePicker("pr-round-started", "procedures.ui.round.startedOn");
        started.setValue(LocalizedDates.today());
        dialog.add(new Paragraph(getTranslation("procedures.ui.round.hint")), title, started);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(year, "year").field(title, "title")
                .field(started, "startedOn");
        footer(dialog, "pr-round-save", errors, () -> reviews.openRound(unitId(), year.getValue(), title.getValue(),
                started.getValue(), user));
    }

    void assess(Row row) {
        Review previous = row.review();
        Procedure procedure = row.procedure();
        Dialog dialog = dialog("pr-assess-dialog", "procedures.ui.review.assess");
        dialog.add(new Paragraph(getTranslation("procedures.ui.review.about", procedure.code(), procedure.name(),
                procedure.processingDays(), money(procedure.feeVnd()))));
        List<Criterion> criteria = reviews.criteria();
        Checkbox[] met = new Checkbox[criteria.size()];
        Div criteriaBox = new Div();
        criteriaBox.setId("pr-assess-criteria");
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            met[i] = new Checkbox(getTranslation(c.labelKey()));
            met[i].setId("pr-assess-" + c.id());
            met[i].setHelperText(c.questionKeys().stream().map(this::getTranslation).collect(Collectors.joining(" ")));
            criteriaBox.add(met[i]);
        }
        if (previous != null) {
            boolean[] values = { previous.necessary(), previous.lawful(), previous.rational(), previous.efficient() };
            for (int i = 0; i < Math.min(values.length, met.length); i++) {
                met[i].setValue(values[i]);
            }
        }
        TextArea findings = new TextArea(getTranslation("procedures.ui.review.findings"));
        findings.setId("pr-assess-findings");
        findings.setWidthFull();
        TextField cases = new TextField(getTranslation("procedures.ui.review.cases"));
        cases.setId("pr-assess-cases");
        cases.setHelperText(getTranslation("procedures.ui.review.casesHint"));
        cases.setWidthFull();
        RadioButtonGroup<Proposal> proposal = new RadioButtonGroup<>(getTranslation("procedures.ui.review.proposal"));
        proposal.setId("pr-assess-proposal");
        proposal.setItems(Proposal.values());
        proposal.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        IntegerField days = new IntegerField(getTranslation("procedures.ui.review.proposedDays"));
        days.setId("pr-assess-days");
        IntegerField fee = new IntegerField(getTranslation("procedures.ui.review.proposedFee"));
        fee.setId("pr-assess-fee");
        IntegerField dossiers = new IntegerField(getTranslation("procedures.ui.review.dossiers"));
        dossiers.setId("pr-assess-dossiers");
        if (previous != null) {
            findings.setValue(previous.findings());
            cases.setValue(String.join(", ", previous.caseNumbers()));
            proposal.setValue(previous.proposal());
            days.setValue(previous.proposedDays());
            fee.setValue(previous.proposedFeeVnd() == null ? null : previous.proposedFeeVnd().intValue());
            dossiers.setValue(previous.yearlyDossiers());
        }
        Runnable simplifyFields = () -> {
            boolean simplify = proposal.getValue() == Proposal.SIMPLIFY;
            days.setVisible(simplify);
            fee.setVisible(simplify);
        };
        proposal.addValueChangeListener(e -> simplifyFields.run());
        simplifyFields.run();
        dialog.add(criteriaBox, findings, cases, proposal, new FormLayout(days, fee, dossiers));
        FieldErrors errors = new FieldErrors().field(findings, "findings").field(cases, "caseNumbers")
                .field(proposal, "proposal").field(days, "proposedDays").field(fee, "proposedFeeVnd")
                .field(dossiers, "yearlyDossiers");
        footer(dialog, "pr-assess-save", errors, () -> reviews.assess(current.id(), procedure.id(),
                previous == null ? null : previous.version(), new Assessment(value(met, 0), value(met, 1),
                        value(met, 2), value(met, 3), findings.getValue(), numbers(cases.getValue()),
                        proposal.getValue(), days.getValue(), fee.getValue() == null ? null
                                : fee.getValue().longValue(), dossiers.getValue()), user));
    }

    private static boolean value(Checkbox[] boxes, int i) {
        return i < boxes.length && Boolean.TRUE.equals(boxes[i].getValue());
    }

    /** Case numbers separated by commas, semicolons or spaces. */
    static List<String> numbers(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .toList();
    }

    void decide(Review review) {
        Dialog dialog = dialog("pr-decide-dialog", "procedures.ui.review.decide");
        dialog.add(new Paragraph(getTranslation("procedures.ui.review.decideAbout", review.procedureCode(),
                review.procedureName(), getTranslation(review.proposal().labelKey()))));
        RadioButtonGroup<Boolean> adopted = new RadioButtonGroup<>(getTranslation("procedures.ui.review.outcome"));
        adopted.setId("pr-decide-outcome");
        adopted.setItems(Boolean.TRUE, Boolean.FALSE);
        adopted.setItemLabelGenerator(b -> getTranslation(b ? "procedures.ui.review.adopt"
                : "procedures.ui.review.reject"));
        adopted.setValue(Boolean.TRUE);
        TextField ref = new TextField(getTranslation("procedures.ui.review.decisionRef"));
        ref.setId("pr-decide-ref");
        DatePicker day = datePicker("pr-decide-day", "procedures.ui.review.decidedOn");
        day.setValue(LocalizedDates.today());
        dialog.add(adopted, new FormLayout(ref, day));
        FieldErrors errors = new FieldErrors().field(ref, "decisionRef").field(day, "decidedOn");
        footer(dialog, "pr-decide-save", errors, () -> reviews.decide(review.id(), review.version(),
                Boolean.TRUE.equals(adopted.getValue()), ref.getValue(), day.getValue(), user));
    }

    void implement(Review review) {
        Dialog dialog = dialog("pr-implement-dialog", "procedures.ui.review.implement");
        dialog.add(new Paragraph(getTranslation("procedures.ui.review.implementAbout", review.procedureCode(),
                getTranslation(review.proposal().labelKey()))));
        DatePicker day = datePicker("pr-implement-day", "procedures.ui.review.implementedOn");
        day.setValue(LocalizedDates.today());
        TextArea followUp = new TextArea(getTranslation("procedures.ui.review.followUp"));
        followUp.setId("pr-implement-text");
        followUp.setWidthFull();
        dialog.add(day, followUp);
        FieldErrors errors = new FieldErrors().field(day, "implementedOn").field(followUp, "followUp");
        footer(dialog, "pr-implement-save", errors, () -> reviews.implement(review.id(), review.version(),
                day.getValue(), followUp.getValue(), user));
    }
}
