package org.danvan.cases.ui.internal.intake;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Tiếp nhận đơn" at {@code /tiep-nhan-don}: the intake form of reception officers. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class IntakeContribution implements ViewContribution, MenuContribution {

    public static final String ROUTE = "tiep-nhan-don";

    private final CaseService cases;
    private final OrgUnitDirectory units;

    @Activate
    public IntakeContribution(@Reference CaseService cases, @Reference OrgUnitDirectory units) {
        this.cases = cases;
        this.units = units;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return IntakeView.class;
    }

    @Override
    public String requiredPermission() {
        return CasePermissions.INTAKE;
    }

    @Override
    public String titleKey() {
        return "cases.ui.intake.title";
    }

    @Override
    public Component createView() {
        return new IntakeView(cases, units);
    }

    @Override
    public String labelKey() {
        return "cases.ui.intake.menu";
    }

    @Override
    public String icon() {
        return "vaadin:envelope-open";
    }

    @Override
    public String group() {
        return MenuGroup.WORK;
    }

    @Override
    public int order() {
        return 5;
    }
}
