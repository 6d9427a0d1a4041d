package org.danvan.identity.ui.internal.units;

import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Đơn vị" at {@code /quan-tri/don-vi}: the org-unit tree with its history and succession. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = UnitsContribution.ROUTE, title = "identity.ui.units.title",
        permission = AdminPermissions.UNITS_MANAGE, menu = "identity.ui.units.menu", icon = "vaadin:sitemap",
        group = MenuGroup.ADMINISTRATION, order = 30)
public class UnitsContribution implements ViewContribution {

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
    public Class<? extends Component> viewClass() {
        return UnitsView.class;
    }
    @Override
    public Component createView() {
        return new UnitsView(directory, admin, access);
    }
}
