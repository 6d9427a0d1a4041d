package org.danvan.cases.ui.internal.detail;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * One case at {@code /ho-so-vu-viec/chi-tiet?id=<id>}. No menu entry: it is reached from the worklists.
 * <p>
 * The id is a query parameter rather than a {@code HasUrlParameter} path segment on purpose: the shell removes a
 * route by its path when the contribution leaves, and Vaadin registers a {@code HasUrlParameter} view under the path
 * plus a parameter template, which a removal by path does not find — the stale route would then block the bundle's
 * next registration.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = CaseDetailContribution.ROUTE, title = "cases.ui.detail.title", permission = CasePermissions.VIEW)
public class CaseDetailContribution implements ViewContribution {

    public static final String ROUTE = "ho-so-vu-viec/chi-tiet";
    /** The query parameter that carries the case id. */
    public static final String ID = "id";

    /** Navigates the current UI to a case. */
    public static void open(long caseId) {
        com.vaadin.flow.component.UI.getCurrent().navigate(ROUTE,
                com.vaadin.flow.router.QueryParameters.of(ID, Long.toString(caseId)));
    }

    /** The case id a location asks for, or -1 when it is missing or malformed. */
    public static long caseId(com.vaadin.flow.router.QueryParameters parameters) {
        return parameters.getSingleParameter(ID).filter(v -> v.matches("[0-9]{1,18}")).map(Long::parseLong)
                .orElse(-1L);
    }

    private final CaseService cases;
    private final OrgUnitDirectory units;
    private final StaffDirectory staff;

    @Activate
    public CaseDetailContribution(@Reference CaseService cases, @Reference OrgUnitDirectory units,
            @Reference StaffDirectory staff) {
        this.cases = cases;
        this.units = units;
        this.staff = staff;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return CaseDetailView.class;
    }
    @Override
    public Component createView() {
        return new CaseDetailView(cases, units, staff);
    }
}
