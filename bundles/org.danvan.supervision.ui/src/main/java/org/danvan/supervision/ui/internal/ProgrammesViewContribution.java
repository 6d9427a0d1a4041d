package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen ProgrammesView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ProgrammesViewContribution.ROUTE, title = "supervision.ui.programme.screen",
        permission = SupervisionPermissions.VIEW, menu = "supervision.ui.programme.menu", icon = "vaadin:search-plus",
        group = SupervisionMenu.GROUP, order = 10)
public class ProgrammesViewContribution implements ViewContribution {

    static final String ROUTE = "giam-sat/chuong-trinh";

    private final SupervisionService programmes;
    private final RecommendationService recommendations;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public ProgrammesViewContribution(@Reference SupervisionService programmes,
            @Reference RecommendationService recommendations, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.programmes = programmes;
        this.recommendations = recommendations;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ProgrammesView.class;
    }

    @Override
    public Component createView() {
        return new ProgrammesView(programmes, recommendations, units, access);
    }
}
