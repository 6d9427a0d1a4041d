package org.danvan.procedures.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.ProcedureRegister;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen RegisterView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = RegisterViewContribution.ROUTE, title = "procedures.ui.register.title",
        permission = ProcedurePermissions.VIEW, menu = "procedures.ui.register.menu", icon = "vaadin:list",
        group = ProcedureMenu.GROUP, order = 10)
public class RegisterViewContribution implements ViewContribution {

    static final String ROUTE = "thu-tuc/danh-muc";

    private final ProcedureRegister register;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public RegisterViewContribution(@Reference ProcedureRegister register, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.register = register;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return RegisterView.class;
    }

    @Override
    public Component createView() {
        return new RegisterView(register, units, access);
    }
}
