package org.danvan.identity.ui.internal.roles;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Vai trò" at {@code /quan-tri/vai-tro}: roles and the permissions they hold. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class RolesContribution implements ViewContribution, MenuContribution {

    static final String ROUTE = "quan-tri/vai-tro";

    private final RoleAdmin roles;

    @Activate
    public RolesContribution(@Reference RoleAdmin roles) {
        this.roles = roles;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return RolesView.class;
    }

    @Override
    public String requiredPermission() {
        return AdminPermissions.ROLES_MANAGE;
    }

    @Override
    public String titleKey() {
        return "identity.ui.roles.title";
    }

    @Override
    public Component createView() {
        return new RolesView(roles);
    }

    @Override
    public String labelKey() {
        return "identity.ui.roles.menu";
    }

    @Override
    public String icon() {
        return "vaadin:key";
    }

    @Override
    public String group() {
        return MenuGroup.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 20;
    }
}
