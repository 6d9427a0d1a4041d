package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.supervision.api.PeopleOpinionService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen PeopleOpinionsView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = PeopleOpinionsViewContribution.ROUTE, title = "supervision.ui.people.screen",
        permission = SupervisionPermissions.VIEW, menu = "supervision.ui.people.menu", icon = "vaadin:users",
        group = SupervisionMenu.GROUP, order = 50)
public class PeopleOpinionsViewContribution implements ViewContribution {

    static final String ROUTE = "giam-sat/y-kien-nhan-dan";

    private final PeopleOpinionService opinions;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public PeopleOpinionsViewContribution(@Reference PeopleOpinionService opinions, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.opinions = opinions;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PeopleOpinionsView.class;
    }

    @Override
    public Component createView() {
        return new PeopleOpinionsView(opinions, units, access);
    }
}
