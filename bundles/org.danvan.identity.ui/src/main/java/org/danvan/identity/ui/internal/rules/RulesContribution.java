package org.danvan.identity.ui.internal.rules;

import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.rules.api.RuleAdministration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * "Quy định pháp luật" at {@code /quan-tri/quy-dinh}: the statutory rule table with its history, and the override
 * of configurable ([verify]) rows, for administrators.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = RulesContribution.ROUTE, title = "identity.ui.rules.title", permission = RuleAdministration.PERMISSION,
        menu = "identity.ui.rules.menu", icon = "vaadin:scale", group = MenuGroup.ADMINISTRATION, order = 60)
public class RulesContribution implements ViewContribution {

    public static final String ROUTE = "quan-tri/quy-dinh";

    private final RuleAdministration rules;

    @Activate
    public RulesContribution(@Reference RuleAdministration rules) {
        this.rules = rules;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return RulesView.class;
    }

    @Override
    public Component createView() {
        return new RulesView(rules);
    }
}
