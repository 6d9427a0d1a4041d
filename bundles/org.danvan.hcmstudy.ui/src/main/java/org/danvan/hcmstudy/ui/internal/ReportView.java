package org.danvan.hcmstudy.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.UnitFigures;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ExportLinks;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The dashboard and report of a unit for a year, or for any period when its first and last days are chosen: sessions held, attendance, commitments registered and reviewed,
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
    private final DatePicker from;
    private final DatePicker to;
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
        from = datePicker("hs-report-from", "hcmstudy.ui.report.from");
        to = datePicker("hs-report-to", "hcmstudy.ui.report.to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setHelperText(getTranslation("hcmstudy.ui.report.period.helper"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
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
        add(filters(from, to, xlsx, pdf), summary, grid);
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
        from.setInvalid(false);
        to.setInvalid(false);
        boolean period = from.getValue() != null || to.getValue() != null;
        String fileName = "hoc-tap-bac-" + chosen.code() + "-" + y;
        if (period) {
            LocalDate first = from.getValue();
            LocalDate last = to.getValue();
            try {
                // the service refuses a missing end, a wrong order or too long a period, at the day's field
                UnitFigures total = reports.figures(chosen.id(), first, last, user);
                report = new StudyReport(chosen.name(), first.getYear(), total, reports.byUnit(chosen.id(), first,
                        last, user), true);
            } catch (ValidationException refused) {
                showRefusal(refused.violations());
                return;
            }
            fileName = "hoc-tap-bac-" + chosen.code() + "-" + first + "-" + last;
        } else {
            report = new StudyReport(chosen.name(), y, reports.figures(chosen.id(), y, user),
                    reports.byUnit(chosen.id(), y, user));
        }
        summary.setText(report.title(this::getTranslation) + ": " + report.summary(this::getTranslation));
        grid.setItems(report.lines());
        offer(xlsx, fileName, ExportLinks.Format.XLSX, chosen.id());
        offer(pdf, fileName, ExportLinks.Format.PDF, chosen.id());
    }

    /** A refused period: the reasons at the day pickers, no figures, nothing to download. */
    private void showRefusal(List<Violation> problems) {
        report = null;
        grid.setItems();
        summary.setText("");
        xlsx.setVisible(false);
        pdf.setVisible(false);
        for (Violation v : problems) {
            DatePicker at = "from".equals(v.field()) ? from : to;
            at.setErrorMessage(getTranslation(v.messageKey(), v.args().toArray()));
            at.setInvalid(true);
        }
    }

    StudyReport report() {
        return report;
    }

    private void offer(Anchor anchor, String baseName, ExportLinks.Format format, long unitId) {
        String fileName = baseName + format.extension();
        ExportLinks.offer(anchor, exporter, report.document(this::getTranslation, this::name), baseName, format, () -> {
            if (user != null) {
                // figures only, no personal data; who took which report away is kept
                audit.record(new AuditEvent("hcmstudy.report.exported", user.login(), user.userId(),
                        "hcmstudy.report", fileName, unitId, Map.of("file", fileName), null));
            }
        });
    }
}
