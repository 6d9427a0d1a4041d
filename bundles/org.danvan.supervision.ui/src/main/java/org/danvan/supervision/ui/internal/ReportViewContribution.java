package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionReports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen ReportView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ReportViewContribution.ROUTE, title = "supervision.ui.report.title",
        permission = SupervisionPermissions.VIEW, menu = "supervision.ui.report.menu", icon = "vaadin:file-table",
        group = SupervisionMenu.GROUP, order = 30)
public class ReportViewContribution implements ViewContribution {

    static final String ROUTE = "giam-sat/bao-cao";

    private final SupervisionReports reports;
    private final OrgUnitDirectory units;
    private final AccessControl access;
    private final DocumentExporter exporter;
    private final AuditTrail audit;

    @Activate
    public ReportViewContribution(@Reference SupervisionReports reports, @Reference OrgUnitDirectory units,
            @Reference AccessControl access, @Reference DocumentExporter exporter, @Reference AuditTrail audit) {
        this.reports = reports;
        this.units = units;
        this.access = access;
        this.exporter = exporter;
        this.audit = audit;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReportView.class;
    }

    @Override
    public Component createView() {
        return new ReportView(reports, units, access, exporter, audit);
    }
}
