package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.PublicDisclosures;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;

/**
 * The citizens' page of a commune at /cong-khai?xa=&lt;commune code&gt;: no login, outside the staff layout. It
 * receives the narrow {@link PublicDisclosures} service, which answers only for communes where the module is enabled.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = PublicPageContribution.ROUTE, title = "grassroots.ui.public.title", publicPage = true)
public class PublicPageContribution implements ViewContribution {

    static final String ROUTE = "cong-khai";

    private final PublicDisclosures disclosures;

    @Activate
    public PublicPageContribution(@Reference PublicDisclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PublicPageView.class;
    }

    @Override
    public Component createView() {
        return new PublicPageView(disclosures, PublicPageContribution::requester);
    }

    /** The rate limit's key for the request being handled: the client's address (the comment runs in the click). */
    static String requester() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "" : request.getRemoteAddr();
    }
}
