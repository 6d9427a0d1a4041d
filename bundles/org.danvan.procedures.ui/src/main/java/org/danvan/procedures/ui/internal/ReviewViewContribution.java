package org.danvan.procedures.ui.internal;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.ProcedureRegister;
import org.danvan.procedures.api.ReviewService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen ReviewView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ReviewViewContribution.ROUTE, title = "procedures.ui.review.title",
        permission = ProcedurePermissions.VIEW, menu = "procedures.ui.review.menu", icon = "vaadin:check-square-o",
        group = ProcedureMenu.GROUP, order = 20)
public class ReviewViewContribution implements ViewContribution {

    static final String ROUTE = "thu-tuc/ra-soat";

    private final ReviewService reviews;
    private final ProcedureRegister register;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public ReviewViewContribution(@Reference ReviewService reviews, @Reference ProcedureRegister register,
            @Reference OrgUnitDirectory units, @Reference AccessControl access) {
        this.reviews = reviews;
        this.register = register;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ReviewView.class;
    }

    @Override
    public Component createView() {
        return new ReviewView(reviews, register, units, access);
    }
}
