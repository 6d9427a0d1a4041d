package org.danvan.platform.shell.internal.modules;

import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.module.ModuleManager;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Mô-đun" at {@code /quan-tri/mo-dun}: every module, install and uninstall, where each is enabled. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ModulesContribution.ROUTE, title = "platform.modules.view.title",
        permission = ModuleManager.MANAGE_PERMISSION, menu = "platform.modules.view.menu", icon = "vaadin:puzzle-piece",
        group = MenuGroup.ADMINISTRATION, order = 50)
public class ModulesContribution implements ViewContribution {

    static final String ROUTE = "quan-tri/mo-dun";

    private final ModuleManager modules;
    private final ModuleEnablement enablement;
    private final OrgUnitDirectory units;

    @Activate
    public ModulesContribution(@Reference ModuleManager modules, @Reference ModuleEnablement enablement,
            @Reference OrgUnitDirectory units) {
        this.modules = modules;
        this.enablement = enablement;
        this.units = units;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ModulesView.class;
    }

    @Override
    public Component createView() {
        return new ModulesView(modules, enablement, units);
    }
}
