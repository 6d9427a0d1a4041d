package org.danvan.hcmstudy.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.UnitFigures;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ReportLinks;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The dashboard and report of a unit for a year, or for any period when its first and last days are chosen: sessions held, attendance, commitments registered and reviewed,
 * tasks, exemplary models — for the unit and each unit of its subtree — with the same as Excel and PDF.
 */
public class ReportView extends StudyScreen {

    private static final long serialVersionUID = 1L;

    private final transient StudyReports reports;
    private final Paragraph summary = new Paragraph();
    private final Grid<UnitFigures> grid = new Grid<>();
    private final ReportLinks links;
    private final DatePicker from;
    private final DatePicker to;
    private transient StudyReport report;

    public ReportView(StudyReports reports, OrgUnitDirectory units, AccessControl access, DocumentExporter exporter,
            AuditTrail audit) {
        super("hs-report", units, access);
        this.reports = reports;
        summary.setId("hs-report-summary");
        links = new ReportLinks(this, "hs-report", "hcmstudy", exporter, audit);
        from = datePicker("hs-report-from", "hcmstudy.ui.report.from");
        to = datePicker("hs-report-to", "hcmstudy.ui.report.to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setHelperText(getTranslation("hcmstudy.ui.report.period.helper"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        grid.setId("hs-report-units");
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> unitName(f.unitId())).setHeader(getTranslation("hcmstudy.ui.unit")).setFlexGrow(2);
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
        add(filters(from, to, links.xlsx(), links.pdf()), summary, grid);
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
        links.offer(report.document(this::getTranslation, this::unitName), fileName, user, chosen.id());
    }

    /** A refused period: the reasons at the day pickers, no figures, nothing to download. */
    private void showRefusal(List<Violation> problems) {
        report = null;
        grid.setItems();
        summary.setText("");
        links.hide();
        for (Violation v : problems) {
            DatePicker at = "from".equals(v.field()) ? from : to;
            at.setErrorMessage(getTranslation(v.messageKey(), v.args().toArray()));
            at.setInvalid(true);
        }
    }

    StudyReport report() {
        return report;
    }
}
