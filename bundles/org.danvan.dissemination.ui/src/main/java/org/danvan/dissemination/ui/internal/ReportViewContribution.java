package org.danvan.dissemination.ui.internal;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen ReportView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ReportViewContribution.ROUTE, title = "dissemination.ui.report.title",
        permission = DisseminationPermissions.VIEW, menu = "dissemination.ui.report.menu", icon = "vaadin:file-table",
        group = DisseminationMenu.GROUP, order = 20)
public class ReportViewContribution implements ViewContribution {

    static final String ROUTE = "tuyen-truyen/bao-cao";

    private final DisseminationService service;
    private final OrgUnitDirectory units;
    private final AccessControl access;
    private final DocumentExporter exporter;
    private final AuditTrail audit;

    @Activate
    public ReportViewContribution(@Reference DisseminationService service, @Reference OrgUnitDirectory units,
            @Reference AccessControl access, @Reference DocumentExporter exporter, @Reference AuditTrail audit) {
        this.service = service;
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
        return new ReportView(service, units, access, exporter, audit);
    }
}
