package org.danvan.identity.ui.internal.units;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Đơn vị" at {@code /quan-tri/don-vi}: the org-unit tree with its history and succession. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class UnitsContribution implements ViewContribution, MenuContribution {

    static final String ROUTE = "quan-tri/don-vi";

    private final OrgUnitDirectory directory;
    private final OrgUnitAdmin admin;
    private final AccessControl access;

    @Activate
    public UnitsContribution(@Reference OrgUnitDirectory directory, @Reference OrgUnitAdmin admin,
            @Reference AccessControl access) {
        this.directory = directory;
        this.admin = admin;
        this.access = access;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return UnitsView.class;
    }

    @Override
    public String requiredPermission() {
        return AdminPermissions.UNITS_MANAGE;
    }

    @Override
    public String titleKey() {
        return "identity.ui.units.title";
    }

    @Override
    public Component createView() {
        return new UnitsView(directory, admin, access);
    }

    @Override
    public String labelKey() {
        return "identity.ui.units.menu";
    }

    @Override
    public String icon() {
        return "vaadin:sitemap";
    }

    @Override
    public String group() {
        return MenuGroup.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 30;
    }
}
