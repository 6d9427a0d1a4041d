package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.MatterService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The matters the people decide at /dan-chu/bieu-quyet. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = MatterViewContribution.ROUTE, title = "grassroots.ui.matters.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.matters.menu", icon = "vaadin:check-square-o",
        group = MenuGroup.WORK, order = 71)
public class MatterViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/bieu-quyet";

    private final MatterService matters;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public MatterViewContribution(@Reference MatterService matters, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.matters = matters;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return MatterView.class;
    }

    @Override
    public Component createView() {
        return new MatterView(matters, units, access);
    }
}
