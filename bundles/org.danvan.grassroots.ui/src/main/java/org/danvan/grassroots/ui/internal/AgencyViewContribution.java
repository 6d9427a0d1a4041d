package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** Agencies' annual staff conferences and staff aspirations at /dan-chu/hoi-nghi-co-quan. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = AgencyViewContribution.ROUTE, title = "grassroots.ui.agency.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.agency.menu", icon = "vaadin:institution",
        group = GrassrootsMenu.GROUP, order = 75)
public class AgencyViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/hoi-nghi-co-quan";

    private final AgencyService agencies;
    private final BoardService boards;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public AgencyViewContribution(@Reference AgencyService agencies, @Reference BoardService boards,
            @Reference OrgUnitDirectory units, @Reference AccessControl access) {
        this.agencies = agencies;
        this.boards = boards;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return AgencyView.class;
    }

    @Override
    public Component createView() {
        return new AgencyView(agencies, boards, units, access);
    }
}
