package org.danvan.identity.ui.internal.profile;

import org.danvan.identity.api.AccountService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.RequiredStep;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * "Hồ sơ của tôi" at {@code /ho-so}: every signed-in user's own account and password. Also the required step after
 * an administrator's password reset: the shell sends such a user here until the password is changed.
 */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class,
        RequiredStep.class })
public class ProfileContribution implements ViewContribution, MenuContribution, RequiredStep {

    static final String ROUTE = "ho-so";

    private final AccountService accounts;
    private final OrgUnitDirectory units;

    @Activate
    public ProfileContribution(@Reference AccountService accounts, @Reference OrgUnitDirectory units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ProfileView.class;
    }

    /** Every signed-in user: no permission needed. */
    @Override
    public String requiredPermission() {
        return null;
    }

    @Override
    public boolean isRequired(UserPrincipal user) {
        return accounts.mustChangePassword(user);
    }

    @Override
    public String titleKey() {
        return "identity.ui.profile.title";
    }

    @Override
    public Component createView() {
        return new ProfileView(accounts, units);
    }

    @Override
    public String labelKey() {
        return "identity.ui.profile.menu";
    }

    @Override
    public String icon() {
        return "vaadin:user-card";
    }

    @Override
    public String group() {
        return MenuGroup.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 90;
    }
}
