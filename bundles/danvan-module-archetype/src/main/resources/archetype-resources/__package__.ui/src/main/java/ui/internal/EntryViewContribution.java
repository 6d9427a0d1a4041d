package ${package}.ui.internal;

import ${package}.api.EntryService;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * Puts the register into the web shell: its page at /${route} and its entry in the menu, for users who hold the
 * module's permission where the module is enabled. Present while the register service is.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = "${route}", title = "${moduleId}.ui.title", permission = EntryService.MANAGE,
        menu = "${moduleId}.ui.menu", icon = "vaadin:book", group = MenuGroup.WORK, order = 60)
public class EntryViewContribution implements ViewContribution {

    private final EntryService entries;

    @Activate
    public EntryViewContribution(@Reference EntryService entries) {
        this.entries = entries;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return EntryView.class;
    }

    @Override
    public Component createView() {
        return new EntryView(entries);
    }
}
