package org.danvan.hcmstudy.ui.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.UnitFigures;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.export.api.ExportDocument;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The dashboard and report of a unit for a year: sessions held, attendance, commitments registered and reviewed,
 * tasks, exemplary models — for the unit and each unit of its subtree — with the same as Excel and PDF.
 */
public class ReportView extends StudyScreen {

    private static final long serialVersionUID = 1L;

    private final transient StudyReports reports;
    private final transient DocumentExporter exporter;
    private final transient AuditTrail audit;
    private final Paragraph summary = new Paragraph();
    private final Grid<UnitFigures> grid = new Grid<>();
    private final Anchor xlsx = new Anchor();
    private final Anchor pdf = new Anchor();
    private transient StudyReport report;

    public ReportView(StudyReports reports, OrgUnitDirectory units, AccessControl access, DocumentExporter exporter,
            AuditTrail audit) {
        super("hs-report", units, access);
        this.reports = reports;
        this.exporter = exporter;
        this.audit = audit;
        summary.setId("hs-report-summary");
        xlsx.setId("hs-report-xlsx");
        xlsx.setText(getTranslation("hcmstudy.ui.report.xlsx"));
        pdf.setId("hs-report-pdf");
        pdf.setText(getTranslation("hcmstudy.ui.report.pdf"));
        grid.setId("hs-report-units");
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> name(f.unitId())).setHeader(getTranslation("hcmstudy.ui.unit")).setFlexGrow(2);
        grid.addColumn(f -> f.sessionsHeld() + "/" + f.sessionsPlanned())
                .setHeader(getTranslation("hcmstudy.ui.report.held")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.attendanceExpected() == 0 ? "" : Math.round(f.attendanceRate() * 100) + "%")
                .setHeader(getTranslation("hcmstudy.ui.report.attendance")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.registered() + "/" + f.members())
                .setHeader(getTranslation("hcmstudy.ui.report.registered")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> f.midYearReviewed() + " / " + f.yearEndReviewed() + " / " + f.assessed())
                .setHeader(getTranslation("hcmstudy.ui.report.reviews")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> getTranslation("hcmstudy.ui.report.taskCell", f.tasksDone(), f.tasks(),
                f.tasksOverdue())).setHeader(getTranslation("hcmstudy.ui.report.tasks")).setFlexGrow(1);
        grid.addColumn(UnitFigures::exemplaryRecognised).setHeader(getTranslation("hcmstudy.ui.report.models"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("hcmstudy.ui.report.empty"));
        add(filters(xlsx, pdf), summary, grid);
        refresh();
    }

    private String name(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name).orElse(Long.toString(unitId));
    }

    @Override
    protected void refresh() {
        OrgUnitInfo chosen = unit.getValue();
        xlsx.setVisible(chosen != null);
        pdf.setVisible(chosen != null);
        if (chosen == null) {
            report = null;
            summary.setText("");
            grid.setItems();
            return;
        }
        int y = chosenYear();
        report = new StudyReport(chosen.name(), y, reports.figures(chosen.id(), y, user),
                reports.byUnit(chosen.id(), y, user));
        summary.setText(report.summary(this::getTranslation));
        grid.setItems(report.lines());
        String fileName = "hoc-tap-bac-" + chosen.code() + "-" + y;
        offer(xlsx, fileName + ".xlsx", DocumentExporter.XLSX_TYPE, chosen.id(), true);
        offer(pdf, fileName + ".pdf", DocumentExporter.PDF_TYPE, chosen.id(), false);
    }

    StudyReport report() {
        return report;
    }

    private void offer(Anchor anchor, String fileName, String type, long unitId, boolean spreadsheet) {
        ExportDocument document = report.document(this::getTranslation, this::name);
        anchor.setHref(DownloadHandler.fromInputStream(request -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                if (spreadsheet) {
                    exporter.xlsx(document, out);
                } else {
                    exporter.pdf(document, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] content = out.toByteArray();
            if (user != null) {
                // figures only, no personal data; who took which report away is kept
                audit.record(new AuditEvent("hcmstudy.report.exported", user.login(), user.userId(),
                        "hcmstudy.report", fileName, unitId, Map.of("file", fileName), null));
            }
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }));
        anchor.getElement().setAttribute("download", fileName);
    }
}
