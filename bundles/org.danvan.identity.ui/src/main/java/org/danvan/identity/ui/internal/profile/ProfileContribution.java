package org.danvan.identity.ui.internal.profile;

import org.danvan.identity.api.AccountService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.RequiredStep;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * "Hồ sơ của tôi" at {@code /ho-so}: every signed-in user's own account and password. Also the required step after
 * an administrator's password reset: the shell sends such a user here until the password is changed.
 */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class,
        RequiredStep.class })
@DanvanView(route = ProfileContribution.ROUTE, title = "identity.ui.profile.title", menu = "identity.ui.profile.menu",
        icon = "vaadin:user-card", group = MenuGroup.ADMINISTRATION, order = 90)
public class ProfileContribution implements ViewContribution, RequiredStep {

    static final String ROUTE = "ho-so";

    private final AccountService accounts;
    private final OrgUnitDirectory units;

    @Activate
    public ProfileContribution(@Reference AccountService accounts, @Reference OrgUnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return ProfileView.class;
    }
    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public boolean isRequired(UserPrincipal user) {
        return accounts.mustChangePassword(user);
    }
    @Override
    public Component createView() {
        return new ProfileView(accounts, units);
    }
}
