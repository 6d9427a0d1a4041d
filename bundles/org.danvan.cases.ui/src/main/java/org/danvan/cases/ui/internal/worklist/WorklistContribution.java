package org.danvan.cases.ui.internal.worklist;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Hồ sơ vụ việc" at {@code /ho-so-vu-viec}: the worklists of cases. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class WorklistContribution implements ViewContribution, MenuContribution {

    public static final String ROUTE = "ho-so-vu-viec";

    private final CaseService cases;
    private final OrgUnitDirectory units;
    private final AuthenticationService authentication;

    @Activate
    public WorklistContribution(@Reference CaseService cases, @Reference OrgUnitDirectory units,
            @Reference AuthenticationService authentication) {
        this.cases = cases;
        this.units = units;
        this.authentication = authentication;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return WorklistView.class;
    }

    @Override
    public String requiredPermission() {
        return CasePermissions.VIEW;
    }

    @Override
    public String titleKey() {
        return "cases.ui.worklist.title";
    }

    @Override
    public Component createView() {
        return new WorklistView(cases, units, authentication);
    }

    @Override
    public String labelKey() {
        return "cases.ui.worklist.menu";
    }

    @Override
    public String icon() {
        return "vaadin:folder-open";
    }

    @Override
    public String group() {
        return MenuGroup.WORK;
    }

    @Override
    public int order() {
        return 10;
    }
}
