package org.danvan.identity.ui.internal.audit;

import org.danvan.identity.ui.internal.AdminPermissions;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.flow.component.Component;

/** "Nhật ký hệ thống" at {@code /quan-tri/nhat-ky}: the audit trail, read-only, with its chain check. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = AuditContribution.ROUTE, title = "identity.ui.audit.title",
        permission = AdminPermissions.AUDIT_VIEW, menu = "identity.ui.audit.menu", icon = "vaadin:records",
        group = MenuGroup.ADMINISTRATION, order = 40)
public class AuditContribution implements ViewContribution {

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
    public Class<? extends Component> viewClass() {
        return AuditView.class;
    }
    @Override
    public Component createView() {
        return new AuditView(trail, units);
    }
}
