package org.danvan.conduct.ui.internal;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen SanctionsView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = SanctionsViewContribution.ROUTE, title = "conduct.ui.sanction.title",
        permission = ConductPermissions.VIEW, menu = "conduct.ui.sanction.menu", icon = "vaadin:gavel",
        group = ConductMenu.GROUP, order = 20)
public class SanctionsViewContribution implements ViewContribution {

    static final String ROUTE = "tac-phong/ky-luat";

    private final ConductService conduct;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public SanctionsViewContribution(@Reference ConductService conduct, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.conduct = conduct;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SanctionsView.class;
    }

    @Override
    public Component createView() {
        return new SanctionsView(conduct, units, access);
    }
}
