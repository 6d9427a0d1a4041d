package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** Matters put to the people for comment at /dan-chu/lay-y-kien. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ConsultationViewContribution.ROUTE, title = "grassroots.ui.consultations.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.consultations.menu", icon = "vaadin:comments",
        group = MenuGroup.WORK, order = 73)
public class ConsultationViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/lay-y-kien";

    private final ConsultationService consultations;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public ConsultationViewContribution(@Reference ConsultationService consultations,
            @Reference OrgUnitDirectory units, @Reference AccessControl access) {
        this.consultations = consultations;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ConsultationView.class;
    }

    @Override
    public Component createView() {
        return new ConsultationView(consultations, units, access);
    }
}
