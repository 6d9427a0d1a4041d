package org.danvan.supervision.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.RecommendationState;
import org.danvan.supervision.api.SupervisionPermissions;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The recommendations of the Front and the organisations: by default those the user's unit owes (not closed,
 * addressed to a unit where the user answers), oldest due first, with the answer as a button; or every recommendation
 * made or received by the chosen unit in the year.
 */
public class RecommendationsView extends SupervisionScreen {

    private static final long serialVersionUID = 1L;

    private final transient RecommendationService recommendations;
    private final Checkbox owedOnly = new Checkbox();
    private final Grid<Recommendation> grid = new Grid<>();

    public RecommendationsView(RecommendationService recommendations, OrgUnitDirectory units,
            AccessControl access) {
        super("sv-recommendations", units, access);
        this.recommendations = recommendations;
        owedOnly.setId("sv-owed-only");
        owedOnly.setLabel(getTranslation("supervision.ui.recommendation.owedOnly"));
        owedOnly.setValue(user != null && access.isPermittedSomewhere(user, SupervisionPermissions.ANSWER));
        owedOnly.addValueChangeListener(e -> refresh());
        grid.setId("sv-owed-list");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Recommendation::programmeTitle)
                .setHeader(getTranslation("supervision.ui.recommendation.programme")).setFlexGrow(2);
        RecommendationColumns.add(grid, this);
        grid.addComponentColumn(r -> small("sv-rec-answer-" + r.id(), "supervision.ui.recommendation.answerDo",
                r.state() != RecommendationState.CLOSED && may(SupervisionPermissions.ANSWER, r.addresseeUnitId()),
                e -> answer(r))).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("supervision.ui.recommendation.none"));
        add(filters(owedOnly), grid);
        refresh();
    }

    @Override
    protected void refresh() {
        unit.setEnabled(!owedOnly.getValue());
        year.setEnabled(!owedOnly.getValue());
        if (owedOnly.getValue()) {
            grid.setItems(recommendations.owedBy(user));
            return;
        }
        Long unitId = unitId();
        int y = chosenYear();
        grid.setItems(unitId == null ? List.of() : recommendations.issuedIn(unitId, LocalDate.of(y, 1, 1),
                LocalDate.of(y, 12, 31), user));
    }

    void answer(Recommendation r) {
        Dialog dialog = dialog("sv-answer-dialog", "supervision.ui.recommendation.answerDo");
        RadioButtonGroup<RecommendationState> state = new RadioButtonGroup<>(
                getTranslation("supervision.ui.programme.state"));
        state.setId("sv-answer-state");
        state.setItems(RecommendationState.ANSWERED, RecommendationState.PARTLY);
        state.setItemLabelGenerator(s -> getTranslation("supervision.ui.recommendationState." + s.name()));
        state.setValue(r.state() == RecommendationState.PARTLY ? RecommendationState.PARTLY
                : RecommendationState.ANSWERED);
        TextArea text = new TextArea(getTranslation("supervision.ui.recommendation.answer"));
        text.setId("sv-answer-text");
        text.setWidthFull();
        if (r.answer() != null) {
            text.setValue(r.answer());
        }
        DatePicker day = datePicker("sv-answer-day", "supervision.ui.recommendation.answeredOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new Paragraph(r.content()), state, text, day);
        FieldErrors errors = new FieldErrors().field(state, "state").field(text, "answer").field(day, "answeredOn");
        footer(dialog, "sv-answer-save", errors, () -> recommendations.answer(r.id(), r.version(), state.getValue(),
                text.getValue(), day.getValue(), user));
    }
}
