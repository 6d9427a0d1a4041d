package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.supervision.api.CriticismService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen CriticismView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = CriticismViewContribution.ROUTE, title = "supervision.ui.criticism.screen",
        permission = SupervisionPermissions.VIEW, menu = "supervision.ui.criticism.menu", icon = "vaadin:comments",
        group = SupervisionMenu.GROUP, order = 40)
public class CriticismViewContribution implements ViewContribution {

    static final String ROUTE = "giam-sat/phan-bien";

    private final CriticismService criticisms;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public CriticismViewContribution(@Reference CriticismService criticisms, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.criticisms = criticisms;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CriticismView.class;
    }

    @Override
    public Component createView() {
        return new CriticismView(criticisms, units, access);
    }
}
