package org.danvan.identity.ui.internal.audit;

import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.flow.component.Component;

/** "Nhật ký hệ thống" at {@code /quan-tri/nhat-ky}: the audit trail, read-only, with its chain check. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class AuditContribution implements ViewContribution, MenuContribution {

    static final String ROUTE = "quan-tri/nhat-ky";

    private final AuditTrail trail;
    private final OrgUnitDirectory units;

    /**
     * @param units names the unit of an entry; optional, the log stays readable without the identity core
     */
    @Activate
    public AuditContribution(@Reference AuditTrail trail,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            OrgUnitDirectory units) {
        this.trail = trail;
        this.units = units;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return AuditView.class;
    }

    @Override
    public String requiredPermission() {
        return AdminPermissions.AUDIT_VIEW;
    }

    @Override
    public String titleKey() {
        return "identity.ui.audit.title";
    }

    @Override
    public Component createView() {
        return new AuditView(trail, units);
    }

    @Override
    public String labelKey() {
        return "identity.ui.audit.menu";
    }

    @Override
    public String icon() {
        return "vaadin:records";
    }

    @Override
    public String group() {
        return MenuGroup.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 40;
    }
}
