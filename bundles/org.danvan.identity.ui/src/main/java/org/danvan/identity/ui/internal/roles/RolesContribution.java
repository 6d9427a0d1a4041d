package org.danvan.identity.ui.internal.roles;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Vai trò" at {@code /quan-tri/vai-tro}: roles and the permissions they hold. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = RolesContribution.ROUTE, title = "identity.ui.roles.title",
        permission = AdminPermissions.ROLES_MANAGE, menu = "identity.ui.roles.menu", icon = "vaadin:key",
        group = MenuGroup.ADMINISTRATION, order = 20)
public class RolesContribution implements ViewContribution {

    static final String ROUTE = "quan-tri/vai-tro";

    private final RoleAdmin roles;

    @Activate
    public RolesContribution(@Reference RoleAdmin roles) {
        this.roles = roles;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return RolesView.class;
    }
    @Override
    public Component createView() {
        return new RolesView(roles);
    }
}
