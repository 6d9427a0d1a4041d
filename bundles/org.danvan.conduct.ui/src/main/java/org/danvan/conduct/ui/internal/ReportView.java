package org.danvan.conduct.ui.internal;


import org.danvan.conduct.api.ConductService;
import org.danvan.conduct.api.SanctionForm;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ReportLinks;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The yearly report of a unit's subtree: inspections held, findings, sanctions by form, follow-up and linked cases —
 * with the same as Excel and PDF (the unit's own decisions listed by name: the export is audited).
 */
public class ReportView extends ConductScreen {

    private static final long serialVersionUID = 1L;

    private final transient ConductService conduct;
    private final Paragraph summary = new Paragraph();
    private final Grid<SanctionForm> byForm = new Grid<>();
    private final ReportLinks links;
    private transient ConductReport report;

    public ReportView(ConductService conduct, OrgUnitDirectory units, AccessControl access, DocumentExporter exporter,
            AuditTrail audit) {
        super("cd-report", units, access);
        this.conduct = conduct;
        summary.setId("cd-report-summary");
        links = new ReportLinks(this, "cd-report", "conduct", exporter, audit);
        byForm.setId("cd-report-forms");
        byForm.setAllRowsVisible(true);
        byForm.addColumn(f -> getTranslation(f.labelKey())).setHeader(getTranslation("conduct.ui.sanction.form"))
                .setFlexGrow(1);
        byForm.addColumn(f -> report == null ? 0 : report.figures().sanctionsByForm().getOrDefault(f.id(), 0))
                .setHeader(getTranslation("conduct.ui.report.count")).setAutoWidth(true).setFlexGrow(0);
        byForm.addColumn(SanctionForm::citation).setHeader(getTranslation("conduct.ui.report.source")).setFlexGrow(3);
        add(filters(true, links.xlsx(), links.pdf()), summary, new H3(getTranslation("conduct.ui.report.byForm")), byForm);
        refresh();
    }

    @Override
    protected void refresh() {
        OrgUnitInfo chosen = unit.getValue();
        links.hide();
        if (chosen == null) {
            report = null;
            summary.setText("");
            byForm.setItems();
            return;
        }
        int y = chosenYear();
        report = new ConductReport(chosen.name(), conduct.yearly(chosen.id(), y, user), conduct.sanctionForms(),
                conduct.sanctions(chosen.id(), y, user));
        summary.setText(report.summary(this::getTranslation));
        byForm.setItems(report.forms());
        String fileName = "tac-phong-can-bo-" + chosen.code() + "-" + y;
        links.offer(report.document(this::getTranslation), fileName, user, chosen.id());
    }

    ConductReport report() {
        return report;
    }
}
