package org.danvan.cases.ui.internal.worklist;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Hồ sơ vụ việc" at {@code /ho-so-vu-viec}: the worklists of cases. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = WorklistContribution.ROUTE, title = "cases.ui.worklist.title", permission = CasePermissions.VIEW,
        menu = "cases.ui.worklist.menu", icon = "vaadin:folder-open", group = MenuGroup.WORK, order = 10)
public class WorklistContribution implements ViewContribution {

    public static final String ROUTE = "ho-so-vu-viec";

    private final CaseService cases;
    private final OrgUnitDirectory units;
    private final StaffDirectory staff;

    @Activate
    public WorklistContribution(@Reference CaseService cases, @Reference OrgUnitDirectory units,
            @Reference StaffDirectory staff) {
        this.cases = cases;
        this.units = units;
        this.staff = staff;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return WorklistView.class;
    }
    @Override
    public Component createView() {
        return new WorklistView(cases, units, staff);
    }
}
