package org.danvan.supervision.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen RecommendationsView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = RecommendationsViewContribution.ROUTE, title = "supervision.ui.recommendation.screen",
        permission = SupervisionPermissions.VIEW, menu = "supervision.ui.recommendation.menu", icon = "vaadin:reply",
        group = SupervisionMenu.GROUP, order = 20)
public class RecommendationsViewContribution implements ViewContribution {

    static final String ROUTE = "giam-sat/kien-nghi";

    private final RecommendationService recommendations;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public RecommendationsViewContribution(@Reference RecommendationService recommendations,
            @Reference OrgUnitDirectory units, @Reference AccessControl access) {
        this.recommendations = recommendations;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return RecommendationsView.class;
    }

    @Override
    public Component createView() {
        return new RecommendationsView(recommendations, units, access);
    }
}
