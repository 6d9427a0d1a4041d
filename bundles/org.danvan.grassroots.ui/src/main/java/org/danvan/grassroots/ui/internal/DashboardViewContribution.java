package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The commune dashboard at /dan-chu/tong-quan, first in the module's menu group. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = DashboardViewContribution.ROUTE, title = "grassroots.ui.dashboard.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.dashboard.menu", icon = "vaadin:dashboard",
        group = GrassrootsMenu.GROUP, order = 69)
public class DashboardViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/tong-quan";

    private final ReportSources sources;
    private final AccessControl access;

    @Activate
    public DashboardViewContribution(@Reference DisclosureService disclosures, @Reference MatterService matters,
            @Reference ConsultationService consultations, @Reference BoardService boards,
            @Reference AgencyService agencies, @Reference SteeringService steering, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.sources = new ReportSources(disclosures, matters, consultations, boards, agencies, steering, units);
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DashboardView.class;
    }

    @Override
    public Component createView() {
        return new DashboardView(sources, access);
    }
}
