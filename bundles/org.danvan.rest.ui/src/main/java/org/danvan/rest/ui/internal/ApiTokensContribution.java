package org.danvan.rest.ui.internal;

import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.rest.api.ApiPermissions;
import org.danvan.rest.api.ApiTokenService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** Puts "Mã truy cập API" into the shell at {@code /ma-truy-cap-api}, for holders of {@code api.token.manage}. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ApiTokensContribution.ROUTE, title = "api-ui.view.title", permission = ApiPermissions.TOKEN_MANAGE,
        menu = "api-ui.view.menu", icon = "vaadin:key", group = MenuGroup.ADMINISTRATION, order = 95)
public class ApiTokensContribution implements ViewContribution {

    static final String ROUTE = "ma-truy-cap-api";

    private final ApiTokenService tokens;

    @Activate
    public ApiTokensContribution(@Reference ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ApiTokensView.class;
    }

    @Override
    public Component createView() {
        return new ApiTokensView(tokens);
    }
}
