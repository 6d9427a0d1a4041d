package org.danvan.citizen.internal;

import org.danvan.cases.api.CaseService;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;

/**
 * Puts the public page "Tra cứu hồ sơ" at {@code /tra-cuu}: no login, outside the staff layout. Holds the look-up
 * limiter, shared by every visitor, for as long as the component lives (a configuration change starts it afresh).
 * Present only while the case engine is.
 */
// immediate: the shell may release the service between uses, and the limiter's memory must outlive that
@org.osgi.service.component.annotations.Component(service = ViewContribution.class, immediate = true,
        configurationPid = CitizenStatusConfiguration.PID)
@Designate(ocd = CitizenStatusConfiguration.class)
@DanvanView(route = CitizenStatusContribution.ROUTE, title = "citizen.status.title", publicPage = true)
public class CitizenStatusContribution implements ViewContribution {

    static final String ROUTE = "tra-cuu";
    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final StatusLookup lookup;
    private final ClientAddress addresses;

    @Activate
    public CitizenStatusContribution(@Reference CaseService cases, CitizenStatusConfiguration configuration) {
        this.lookup = new StatusLookup(cases, new LookupLimiter(configuration.lookupsPerMinute(),
                configuration.maxTrackedAddresses(), System::nanoTime));
        this.addresses = ClientAddress.trusting(configuration.trustedProxies());
    }
    @Override
    public Class<? extends Component> viewClass() {
        return CitizenStatusView.class;
    }
    @Override
    public Component createView() {
        return new CitizenStatusView(lookup, this::currentRequester);
    }

    /** The limiter key of the request being handled: the look-up runs in the click's request. */
    private String currentRequester() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? addresses.limiterKey(null, null)
                : addresses.limiterKey(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR));
    }
}
