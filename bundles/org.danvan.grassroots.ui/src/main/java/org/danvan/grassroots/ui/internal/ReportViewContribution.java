package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The report of a unit's grassroots democracy for a period at /dan-chu/bao-cao, with Excel and PDF. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ReportViewContribution.ROUTE, title = "grassroots.ui.report.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.report.menu", icon = "vaadin:file-table",
        group = GrassrootsMenu.GROUP, order = 79)
public class ReportViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/bao-cao";

    private final DisclosureService disclosures;
    private final MatterService matters;
    private final ConsultationService consultations;
    private final BoardService boards;
    private final AgencyService agencies;
    private final SteeringService steering;
    private final OrgUnitDirectory units;
    private final DocumentExporter exporter;
    private final AuditTrail audit;

    @Activate
    public ReportViewContribution(@Reference DisclosureService disclosures, @Reference MatterService matters,
            @Reference ConsultationService consultations, @Reference BoardService boards,
            @Reference AgencyService agencies, @Reference SteeringService steering, @Reference OrgUnitDirectory units,
            @Reference DocumentExporter exporter, @Reference AuditTrail audit) {
        this.disclosures = disclosures;
        this.matters = matters;
        this.consultations = consultations;
        this.boards = boards;
        this.agencies = agencies;
        this.steering = steering;
        this.units = units;
        this.exporter = exporter;
        this.audit = audit;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReportView.class;
    }

    @Override
    public Component createView() {
        return new ReportView(disclosures, matters, consultations, boards, agencies, steering, units,
                exporter, audit);
    }
}
