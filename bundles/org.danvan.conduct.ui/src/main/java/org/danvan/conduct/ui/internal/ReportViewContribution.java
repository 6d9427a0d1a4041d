package org.danvan.conduct.ui.internal;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
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
@DanvanView(route = ReportViewContribution.ROUTE, title = "conduct.ui.report.title",
        permission = ConductPermissions.VIEW, menu = "conduct.ui.report.menu", icon = "vaadin:file-table",
        group = ConductMenu.GROUP, order = 30)
public class ReportViewContribution implements ViewContribution {

    static final String ROUTE = "tac-phong/bao-cao";

    private final ConductService conduct;
    private final OrgUnitDirectory units;
    private final AccessControl access;
    private final DocumentExporter exporter;
    private final AuditTrail audit;

    @Activate
    public ReportViewContribution(@Reference ConductService conduct, @Reference OrgUnitDirectory units,
            @Reference AccessControl access, @Reference DocumentExporter exporter, @Reference AuditTrail audit) {
        this.conduct = conduct;
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
        return new ReportView(conduct, units, access, exporter, audit);
    }
}
