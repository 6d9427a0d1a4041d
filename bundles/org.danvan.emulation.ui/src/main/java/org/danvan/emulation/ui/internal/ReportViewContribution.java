package org.danvan.emulation.ui.internal;

import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.EmulationCycle;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.ModelService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The year's emulation report at /thi-dua/bao-cao, with Excel and PDF. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ReportViewContribution.ROUTE, title = "emulation.ui.report.title",
        permission = EmulationPermissions.VIEW, menu = "emulation.ui.report.menu", icon = "vaadin:file-table",
        group = EmulationMenu.GROUP, order = 82)
public class ReportViewContribution implements ViewContribution {

    static final String ROUTE = "thi-dua/bao-cao";

    private final EmulationCycle cycle;
    private final ModelService models;
    private final AwardTitles titles;
    private final DocumentExporter exporter;
    private final AuditTrail audit;
    private final OrgUnitDirectory units;

    @Activate
    public ReportViewContribution(@Reference EmulationCycle cycle, @Reference ModelService models,
            @Reference AwardTitles titles, @Reference DocumentExporter exporter, @Reference AuditTrail audit,
            @Reference OrgUnitDirectory units) {
        this.units = units;
        this.cycle = cycle;
        this.models = models;
        this.titles = titles;
        this.exporter = exporter;
        this.audit = audit;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReportView.class;
    }

    @Override
    public Component createView() {
        return new ReportView(cycle, models, titles, units, exporter, audit);
    }
}
