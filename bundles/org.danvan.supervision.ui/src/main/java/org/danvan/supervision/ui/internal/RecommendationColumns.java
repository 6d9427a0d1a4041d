package org.danvan.supervision.ui.internal;

import java.util.stream.Collectors;

import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.supervision.api.Recommendation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

/** The columns every list of recommendations shows: to whom, what, by when, where it stands, the answer. */
final class RecommendationColumns {

    private RecommendationColumns() {
    }

    static void add(Grid<Recommendation> grid, Component screen) {
        grid.addColumn(Recommendation::addresseeName)
                .setHeader(screen.getTranslation("supervision.ui.recommendation.addressee")).setFlexGrow(1);
        grid.addColumn(Recommendation::content)
                .setHeader(screen.getTranslation("supervision.ui.recommendation.content")).setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Span due = new Span(screen.getTranslation("supervision.ui.recommendation.dueCell",
                    LocalizedDates.format(r.issuedOn()), LocalizedDates.format(r.answerDueOn())));
            if (r.overdue(LocalizedDates.today())) {
                due.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            return due;
        }).setHeader(screen.getTranslation("supervision.ui.recommendation.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span state = new Span(screen.getTranslation("supervision.ui.recommendationState." + r.state().name()));
            state.setId("sv-rec-state-" + r.id());
            return state;
        }).setHeader(screen.getTranslation("supervision.ui.programme.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> answer(r, screen)).setHeader(screen.getTranslation("supervision.ui.recommendation.answer"))
                .setFlexGrow(3);
    }

    /** The answer with its day, then the follow-up notes. */
    static String answer(Recommendation r, Component screen) {
        StringBuilder text = new StringBuilder();
        if (r.answer() != null) {
            text.append(LocalizedDates.format(r.answeredOn())).append(": ").append(r.answer());
        }
        if (!r.followUps().isEmpty()) {
            text.append(text.length() == 0 ? "" : " · ").append(screen.getTranslation(
                    "supervision.ui.recommendation.followUps", r.followUps().stream()
                            .map(f -> LocalizedDates.format(f.on()) + " " + f.note())
                            .collect(Collectors.joining("; "))));
        }
        return text.toString();
    }
}
