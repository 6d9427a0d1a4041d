package org.danvan.grassroots.ui.internal;

import java.util.Map;

import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.kit.ExportLinks;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A unit's grassroots democracy in a period: figures, the disclosures and the matters, and the same as an Excel
 * workbook or a PDF. The services decide what the user may see.
 */
public class ReportView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ReportSources sources;
    private final transient DocumentExporter exporter;
    private final transient AuditTrail audit;
    private final transient UserPrincipal user;
    private final UnitPeriodFilter filter;
    private final Paragraph summary = new Paragraph();
    private final Paragraph activity = new Paragraph();
    private final Grid<Disclosure> disclosureGrid = new Grid<>();
    private final Grid<Matter> matterGrid = new Grid<>();
    private final Anchor xlsx = new Anchor();
    private final Anchor pdf = new Anchor();
    private transient GrassrootsReport report;

    public ReportView(DisclosureService disclosures, MatterService matters, ConsultationService consultations,
            BoardService boards, AgencyService agencies, SteeringService steering, OrgUnitDirectory units,
            DocumentExporter exporter, AuditTrail audit) {
        this.sources = new ReportSources(disclosures, matters, consultations, boards, agencies, steering, units);
        this.exporter = exporter;
        this.audit = audit;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-report");
        setSizeFull();
        filter = new UnitPeriodFilter(this, getLocale(), units, "gr-report", null, user);
        Button show = new Button(getTranslation("grassroots.ui.report.show"), e -> show());
        show.setId("gr-report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        xlsx.setId("gr-report-xlsx");
        xlsx.setText(getTranslation("grassroots.ui.report.xlsx"));
        pdf.setId("gr-report-pdf");
        pdf.setText(getTranslation("grassroots.ui.report.pdf"));
        xlsx.setVisible(false);
        pdf.setVisible(false);

        summary.setId("gr-report-summary");
        activity.setId("gr-report-activity");
        disclosureGrid.setId("gr-report-disclosures");
        disclosureGrid.addColumn(d -> LocalizedDates.format(d.decidedOn()))
                .setHeader(getTranslation("grassroots.ui.field.decidedOn")).setAutoWidth(true).setFlexGrow(0);
        disclosureGrid.addColumn(d -> d.group() + ". " + getTranslation("grassroots.group." + d.group()))
                .setHeader(getTranslation("grassroots.ui.field.group"));
        disclosureGrid.addColumn(Disclosure::title).setHeader(getTranslation("grassroots.ui.field.title"));
        disclosureGrid.addColumn(d -> d.flags().isEmpty() ? getTranslation("grassroots.ui.flags.none")
                : String.join(", ", d.flags().stream().sorted().map(f -> getTranslation(f.labelKey())).toList()))
                .setHeader(getTranslation("grassroots.ui.column.flags"));
        matterGrid.setId("gr-report-matters");
        matterGrid.addColumn(m -> LocalizedDates.format(m.meetingOn()))
                .setHeader(getTranslation("grassroots.ui.field.meetingOn")).setAutoWidth(true).setFlexGrow(0);
        matterGrid.addColumn(Matter::title).setHeader(getTranslation("grassroots.ui.field.matterTitle"));
        matterGrid.addColumn(m -> getTranslation(m.state().labelKey()))
                .setHeader(getTranslation("grassroots.ui.column.result"));
        add(filter.row(show, xlsx, pdf), summary, activity, new H3(getTranslation("grassroots.ui.report.disclosures")), disclosureGrid,
                new H3(getTranslation("grassroots.ui.report.matters")), matterGrid);
    }

    /** Gathers the report for the chosen unit and period and offers its downloads. */
    void show() {
        UnitPeriodFilter.Choice choice = filter.chosen();
        if (choice == null) {
            return;
        }
        OrgUnitInfo chosen = choice.unit();
        report = sources.report(chosen, choice.from(), choice.to(), LocalizedDates.today(), user);
        summary.setText((report.summary(this::getTranslation) + " " + report.missingText(this::getTranslation))
                .strip());
        activity.setText(report.activity().summary(this::getTranslation));
        disclosureGrid.setItems(report.disclosures());
        matterGrid.setItems(report.matters());
        String name = "dan-chu-" + chosen.code() + "-" + report.from() + "-" + report.to();
        offer(xlsx, name, ExportLinks.Format.XLSX, chosen.id());
        offer(pdf, name, ExportLinks.Format.PDF, chosen.id());
    }

    GrassrootsReport report() {
        return report;
    }

    private void offer(Anchor anchor, String baseName, ExportLinks.Format format, long unitId) {
        ExportLinks.offer(anchor, exporter, report.document(this::getTranslation), baseName, format,
                () -> exported(baseName + format.extension(), unitId));
    }

    /** The report names no private person, but who took which report away is kept. */
    private void exported(String fileName, long unitId) {
        if (user != null) {
            audit.record(new AuditEvent("grassroots.report.exported", user.login(), user.userId(),
                    "grassroots.report", fileName, unitId, Map.of("file", fileName), null));
        }
    }
}
