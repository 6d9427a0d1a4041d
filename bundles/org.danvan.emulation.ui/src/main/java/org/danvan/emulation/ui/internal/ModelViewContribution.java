package org.danvan.emulation.ui.internal;

import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.ModelService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Dân vận khéo" models at /thi-dua/dan-van-kheo. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ModelViewContribution.ROUTE, title = "emulation.ui.models.title",
        permission = EmulationPermissions.VIEW, menu = "emulation.ui.models.menu", icon = "vaadin:handshake",
        group = EmulationMenu.GROUP, order = 80)
public class ModelViewContribution implements ViewContribution {

    static final String ROUTE = "thi-dua/dan-van-kheo";

    private final ModelService models;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public ModelViewContribution(@Reference ModelService models, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.models = models;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ModelView.class;
    }

    @Override
    public Component createView() {
        return new ModelView(models, units, access);
    }
}
