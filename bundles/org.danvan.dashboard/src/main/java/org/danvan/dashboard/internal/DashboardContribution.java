package org.danvan.dashboard.internal;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * "Tổng quan" at {@code /tong-quan} in the reports group. Present only while the case engine is, so the entry
 * disappears with it.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = DashboardContribution.ROUTE, title = "dashboard.title", permission = CasePermissions.VIEW,
        menu = "dashboard.menu", icon = "vaadin:chart", group = MenuGroup.REPORTS, order = 10)
public class DashboardContribution implements ViewContribution {

    static final String ROUTE = "tong-quan";

    private final CaseService cases;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public DashboardContribution(@Reference CaseService cases, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.cases = cases;
        this.units = units;
        this.access = access;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return DashboardView.class;
    }
    @Override
    public Component createView() {
        return new DashboardView(cases, units, access);
    }
}
