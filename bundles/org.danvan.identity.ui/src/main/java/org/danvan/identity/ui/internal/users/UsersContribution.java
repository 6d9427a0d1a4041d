package org.danvan.identity.ui.internal.users;

import org.danvan.identity.api.RoleAdmin;
import org.danvan.identity.api.UserAdmin;
import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Người dùng" at {@code /quan-tri/nguoi-dung}: accounts and their role assignments. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = UsersContribution.ROUTE, title = "identity.ui.users.title",
        permission = AdminPermissions.USERS_MANAGE, menu = "identity.ui.users.menu", icon = "vaadin:users",
        group = MenuGroup.ADMINISTRATION, order = 10)
public class UsersContribution implements ViewContribution {

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
    public Class<? extends Component> viewClass() {
        return UsersView.class;
    }
    @Override
    public Component createView() {
        return new UsersView(users, roles, directory);
    }
}
