package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.SteeringService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** Steering Committees for grassroots democracy at /dan-chu/ban-chi-dao. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = SteeringViewContribution.ROUTE, title = "grassroots.ui.steering.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.steering.menu", icon = "vaadin:sitemap",
        group = GrassrootsMenu.GROUP, order = 76)
public class SteeringViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/ban-chi-dao";

    private final SteeringService steering;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public SteeringViewContribution(@Reference SteeringService steering,
            @Reference OrgUnitDirectory units, @Reference AccessControl access) {
        this.steering = steering;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return SteeringView.class;
    }

    @Override
    public Component createView() {
        return new SteeringView(steering, units, access);
    }
}
