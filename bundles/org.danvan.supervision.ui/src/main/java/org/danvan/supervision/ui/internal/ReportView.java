package org.danvan.supervision.ui.internal;


import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ReportLinks;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.SupervisionProgramme;
import org.danvan.supervision.api.SupervisionReports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * The six-monthly summary of a unit and the units below it for the People's Council: the figures, the programmes
 * and the recommendations with where they stand, and the same as Excel and PDF.
 */
public class ReportView extends SupervisionScreen {

    private static final long serialVersionUID = 1L;

    private final transient SupervisionReports reports;
    private final Select<Integer> half = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<SupervisionProgramme> programmeGrid = new Grid<>();
    private final Grid<Recommendation> recommendationGrid = new Grid<>();
    private final ReportLinks links;
    private transient SummaryReport report;

    public ReportView(SupervisionReports reports, OrgUnitDirectory units, AccessControl access,
            DocumentExporter exporter, AuditTrail audit) {
        super("sv-report", units, access);
        this.reports = reports;
        half.setId("sv-report-half");
        half.setLabel(getTranslation("supervision.ui.report.half"));
        half.setItems(1, 2);
        half.setItemLabelGenerator(h -> getTranslation("supervision.ui.report.half" + h));
        half.setValue(LocalizedDates.today().getMonthValue() <= 6 ? 1 : 2);
        half.addValueChangeListener(e -> refresh());
        summary.setId("sv-report-summary");
        links = new ReportLinks(this, "sv-report", "supervision", exporter, audit);
        programmeGrid.setId("sv-report-programmes");
        programmeGrid.setAllRowsVisible(true);
        programmeGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        programmeGrid.addColumn(SupervisionProgramme::unitName).setHeader(getTranslation("supervision.ui.programme.unit"));
        programmeGrid.addColumn(SupervisionProgramme::title)
                .setHeader(getTranslation("supervision.ui.programme.titleField")).setFlexGrow(2);
        programmeGrid.addColumn(p -> shown(p.roundOn())).setHeader(getTranslation("supervision.ui.programme.roundOn"));
        programmeGrid.addColumn(p -> getTranslation("supervision.ui.state." + p.state().name()))
                .setHeader(getTranslation("supervision.ui.programme.state"));
        programmeGrid.setEmptyStateText(getTranslation("supervision.ui.programme.empty"));
        recommendationGrid.setId("sv-report-recommendations");
        recommendationGrid.setAllRowsVisible(true);
        recommendationGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        RecommendationColumns.add(recommendationGrid, this);
        recommendationGrid.setEmptyStateText(getTranslation("supervision.ui.recommendation.none"));
        add(filters(half, links.xlsx(), links.pdf()), summary, new H3(getTranslation("supervision.ui.report.programmes")),
                programmeGrid, new H3(getTranslation("supervision.ui.report.recommendations")), recommendationGrid);
        refresh();
    }

    @Override
    protected void refresh() {
        OrgUnitInfo chosen = unit.getValue();
        links.hide();
        if (chosen == null || half.getValue() == null) {
            report = null;
            summary.setText("");
            programmeGrid.setItems();
            recommendationGrid.setItems();
            return;
        }
        int y = chosenYear();
        report = new SummaryReport(chosen.name(), reports.halfYear(chosen.id(), y, half.getValue(), user));
        summary.setText(report.sentence(this::getTranslation));
        programmeGrid.setItems(report.summary().programmes());
        recommendationGrid.setItems(report.summary().recommendations());
        String fileName = "giam-sat-" + chosen.code() + "-" + y + "-" + half.getValue();
        links.offer(report.document(this::getTranslation), fileName, user, chosen.id());
    }

    SummaryReport report() {
        return report;
    }
}
