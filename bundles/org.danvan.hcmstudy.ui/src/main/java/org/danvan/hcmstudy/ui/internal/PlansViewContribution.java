package org.danvan.hcmstudy.ui.internal;

import org.danvan.hcmstudy.api.ActionPlanService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen PlansView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = PlansViewContribution.ROUTE, title = "hcmstudy.ui.plan.title",
        permission = HcmStudyPermissions.VIEW, menu = "hcmstudy.ui.plan.menu", icon = "vaadin:tasks",
        group = StudyMenu.GROUP, order = 40)
public class PlansViewContribution implements ViewContribution {

    static final String ROUTE = "hoc-tap-bac/ke-hoach";

    private final ActionPlanService plans;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public PlansViewContribution(@Reference ActionPlanService plans, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.plans = plans;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PlansView.class;
    }

    @Override
    public Component createView() {
        return new PlansView(plans, units, access);
    }
}
