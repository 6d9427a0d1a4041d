package org.danvan.dissemination.ui.internal;


import org.danvan.dissemination.api.DisseminationService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ReportLinks;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The province's view: per document its unit issued (or a unit under it), the coverage of each target unit and the
 * units not yet done — with the same as Excel and PDF.
 */
public class ReportView extends DisseminationScreen {

    private static final long serialVersionUID = 1L;

    private final transient DisseminationService service;
    private final Paragraph summary = new Paragraph();
    private final Grid<DisseminationReport.Line> grid = new Grid<>();
    private final ReportLinks links;
    private transient DisseminationReport report;

    public ReportView(DisseminationService service, OrgUnitDirectory units, AccessControl access,
            DocumentExporter exporter, AuditTrail audit) {
        super("ds-report", units, access);
        this.service = service;
        summary.setId("ds-report-summary");
        links = new ReportLinks(this, "ds-report", "dissemination", exporter, audit);
        grid.setId("ds-report-lines");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> l.document().number() + " " + l.document().title())
                .setHeader(getTranslation("dissemination.ui.document.title")).setFlexGrow(3);
        grid.addColumn(l -> LocalizedDates.format(l.document().dueOn()))
                .setHeader(getTranslation("dissemination.ui.document.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> unitName(l.coverage().unitId())).setHeader(getTranslation("dissemination.ui.unit"))
                .setFlexGrow(1);
        grid.addColumn(l -> l.coverage().sessions()).setHeader(getTranslation("dissemination.ui.report.sessions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.coverage().reached() + "/" + l.coverage().members() + " ("
                + percent(l.coverage().coverage()) + ")").setHeader(getTranslation(
                        "dissemination.ui.document.coverage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> getTranslation(DisseminationReport.stateKey(l.coverage())))
                .setHeader(getTranslation("dissemination.ui.report.state")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("dissemination.ui.report.empty"));
        add(filters(links.xlsx(), links.pdf()), summary, grid);
        refresh();
    }

    @Override
    protected void refresh() {
        OrgUnitInfo chosen = unit.getValue();
        links.hide();
        if (chosen == null) {
            report = null;
            summary.setText("");
            grid.setItems();
            return;
        }
        report = new DisseminationReport(chosen.name(), service.report(chosen.id(), null, null, user));
        summary.setText(report.summary(this::getTranslation));
        grid.setItems(report.lines());
        String fileName = "tuyen-truyen-" + chosen.code() + "-" + LocalizedDates.today();
        links.offer(report.document(this::getTranslation, this::unitName), fileName, user, chosen.id());
    }

    DisseminationReport report() {
        return report;
    }
}
