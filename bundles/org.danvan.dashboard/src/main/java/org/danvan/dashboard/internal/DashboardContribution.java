package org.danvan.dashboard.internal;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * "Tổng quan" at {@code /tong-quan} in the reports group. Present only while the case engine is, so the entry
 * disappears with it.
 */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class DashboardContribution implements ViewContribution, MenuContribution {

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
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DashboardView.class;
    }

    @Override
    public String requiredPermission() {
        return CasePermissions.VIEW;
    }

    @Override
    public String titleKey() {
        return "dashboard.title";
    }

    @Override
    public Component createView() {
        return new DashboardView(cases, units, access);
    }

    @Override
    public String labelKey() {
        return "dashboard.menu";
    }

    @Override
    public String icon() {
        return "vaadin:chart";
    }

    @Override
    public String group() {
        return MenuGroup.REPORTS;
    }

    @Override
    public int order() {
        return 10;
    }
}
