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

/** The screen InspectionsView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = InspectionsViewContribution.ROUTE, title = "conduct.ui.inspection.title",
        permission = ConductPermissions.VIEW, menu = "conduct.ui.inspection.menu", icon = "vaadin:clipboard-check",
        group = ConductMenu.GROUP, order = 10)
public class InspectionsViewContribution implements ViewContribution {

    static final String ROUTE = "tac-phong/kiem-tra";

    private final ConductService conduct;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public InspectionsViewContribution(@Reference ConductService conduct, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.conduct = conduct;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return InspectionsView.class;
    }

    @Override
    public Component createView() {
        return new InspectionsView(conduct, units, access);
    }
}
