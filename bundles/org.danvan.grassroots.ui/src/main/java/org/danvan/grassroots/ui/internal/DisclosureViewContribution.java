package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The disclosures screen at /dan-chu/cong-khai, for readers of the module where it is enabled. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = DisclosureViewContribution.ROUTE, title = "grassroots.ui.disclosures.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.disclosures.menu", icon = "vaadin:megaphone",
        group = MenuGroup.WORK, order = 70)
public class DisclosureViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/cong-khai";

    private final DisclosureService disclosures;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public DisclosureViewContribution(@Reference DisclosureService disclosures, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.disclosures = disclosures;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return DisclosureView.class;
    }

    @Override
    public Component createView() {
        return new DisclosureView(disclosures, units, access);
    }
}
