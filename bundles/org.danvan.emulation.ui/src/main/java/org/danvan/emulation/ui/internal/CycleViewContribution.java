package org.danvan.emulation.ui.internal;

import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.EmulationCycle;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The yearly emulation cycle at /thi-dua/binh-xet. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = CycleViewContribution.ROUTE, title = "emulation.ui.cycle.title",
        permission = EmulationPermissions.VIEW, menu = "emulation.ui.cycle.menu", icon = "vaadin:trophy",
        group = EmulationMenu.GROUP, order = 81)
public class CycleViewContribution implements ViewContribution {

    static final String ROUTE = "thi-dua/binh-xet";

    private final EmulationCycle cycle;
    private final AwardTitles titles;
    private final OrgUnitDirectory units;
    private final AccessControl access;
    private final DocumentExporter exporter;

    @Activate
    public CycleViewContribution(@Reference EmulationCycle cycle, @Reference AwardTitles titles,
            @Reference OrgUnitDirectory units, @Reference AccessControl access,
            @Reference DocumentExporter exporter) {
        this.cycle = cycle;
        this.titles = titles;
        this.units = units;
        this.access = access;
        this.exporter = exporter;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CycleView.class;
    }

    @Override
    public Component createView() {
        return new CycleView(cycle, titles, units, access, exporter);
    }
}
