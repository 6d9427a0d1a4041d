package org.danvan.grassroots.ui.internal;

import java.util.stream.Collectors;

import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A commune's grassroots democracy at a glance for a period: disclosures on time, late and missing; matters decided,
 * records sent on time, recognised; consultations closed and explained; the boards' rounds and recommendations. The
 * figures are those of the report ({@link ReportSources}); the unit picker offers only units the user may read.
 */
public class DashboardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ReportSources sources;
    private final transient UserPrincipal user;
    private final UnitPeriodFilter filter;
    private final VerticalLayout figures = new VerticalLayout();

    public DashboardView(ReportSources sources, AccessControl access) {
        this.sources = sources;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-dashboard");
        setSizeFull();
        filter = new UnitPeriodFilter(this, getLocale(), sources.units(), "gr-dashboard",
                u -> user != null && access.isPermitted(user, GrassrootsPermissions.VIEW, u.id()), user);
        Button show = new Button(getTranslation("grassroots.ui.dashboard.show"), e -> show());
        show.setId("gr-dashboard-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        figures.setId("gr-dashboard-figures");
        figures.setPadding(false);
        add(filter.row(show), figures);
        if (filter.hasUnit()) {
            show();
        }
    }

    /** Gathers the figures of the chosen unit and period. */
    void show() {
        figures.removeAll();
        UnitPeriodFilter.Choice chosen = filter.chosen();
        if (chosen == null) {
            return;
        }
        GrassrootsReport report = sources.report(chosen.unit(), chosen.from(), chosen.to(), LocalizedDates.today(),
                user);
        ActivityFigures activity = report.activity();
        Paragraph missing = new Paragraph(report.missing().isEmpty()
                ? getTranslation("grassroots.ui.report.missing.none")
                : report.missing().stream().map(g -> g.number() + ". " + getTranslation(g.labelKey()))
                        .collect(Collectors.joining("; ")));
        missing.setId("gr-dashboard-missing-groups");
        figures.add(new H3(getTranslation("grassroots.ui.report.disclosures")),
                tiles(tile("disclosures", report.disclosures().size()),
                        tile("disclosures-on-time", report.disclosuresOnTime()),
                        tile("disclosures-late", report.disclosuresLate()),
                        tile("disclosures-missing", report.missing().size())),
                missing,
                new H3(getTranslation("grassroots.ui.report.matters")),
                tiles(tile("matters", report.matters().size()), tile("matters-decided", report.mattersCounted()),
                        tile("matters-passed", report.mattersPassed()),
                        tile("records-sent", report.recordsSent()),
                        tile("records-on-time", report.recordsOnTime()),
                        tile("recognised", report.mattersRecognised()),
                        tile("not-recognised", report.mattersNotRecognised())),
                new H3(getTranslation("grassroots.ui.dashboard.consultations")),
                tiles(tile("consultations-closed", activity.consultationsClosed()),
                        tile("consultations-explained", activity.consultationsExplained())),
                new H3(getTranslation("grassroots.ui.dashboard.boards")),
                tiles(tile("rounds", activity.rounds()),
                        tile("recommendations", activity.recommendationsSent()),
                        tile("recommendations-answered", activity.recommendationsAnswered()),
                        tile("recommendations-late", activity.recommendationsLate())));
    }

    private static FlexLayout tiles(Component... tiles) {
        FlexLayout row = new FlexLayout(tiles);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** A figure and its label; the figure's element id is {@code gr-dashboard-<key>}. */
    private Div tile(String key, long value) {
        Span number = new Span(Long.toString(value));
        number.setId("gr-dashboard-" + key);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span label = new Span(getTranslation("grassroots.ui.dashboard." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div tile = new Div(number, label);
        tile.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "10rem")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return tile;
    }
}
