package org.danvan.identity.ui.internal.users;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Người dùng" at {@code /quan-tri/nguoi-dung}: accounts and their role assignments. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class UsersContribution implements ViewContribution, MenuContribution {

    static final String ROUTE = "quan-tri/nguoi-dung";

    private final UserAdmin users;
    private final RoleAdmin roles;
    private final OrgUnitDirectory directory;

    @Activate
    public UsersContribution(@Reference UserAdmin users, @Reference RoleAdmin roles,
            @Reference OrgUnitDirectory directory) {
        this.users = users;
        this.roles = roles;
        this.directory = directory;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return UsersView.class;
    }

    @Override
    public String requiredPermission() {
        return AdminPermissions.USERS_MANAGE;
    }

    @Override
    public String titleKey() {
        return "identity.ui.users.title";
    }

    @Override
    public Component createView() {
        return new UsersView(users, roles, directory);
    }

    @Override
    public String labelKey() {
        return "identity.ui.users.menu";
    }

    @Override
    public String icon() {
        return "vaadin:users";
    }

    @Override
    public String group() {
        return MenuGroup.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 10;
    }
}
