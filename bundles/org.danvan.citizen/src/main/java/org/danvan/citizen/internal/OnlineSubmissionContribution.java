package org.danvan.citizen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.cases.api.OnlineIntake;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.export.api.DocumentExporter;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.rules.api.RuleTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Puts the public form "Gửi đơn trực tuyến" at {@code /gui-don}: no login, outside the staff layout, for the units
 * listed in the configuration. Holds the per-address limiter and the memory of recent texts for as long as the
 * component lives. It receives the case engine's {@link OnlineIntake} only — a door that records, never reads.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class, immediate = true,
        configurationPid = OnlineSubmissionConfiguration.PID)
@Designate(ocd = OnlineSubmissionConfiguration.class)
@DanvanView(route = OnlineSubmissionContribution.ROUTE, title = "citizen.online.title", publicPage = true)
public class OnlineSubmissionContribution implements ViewContribution {

    static final String ROUTE = "gui-don";
    private static final long MEGABYTE = 1024L * 1024;

    private final OnlineSubmissionDesk desk;
    private final DocumentExporter exporter;
    private final ClientAddress addresses;
    private final String solver;
    private final OnlineSubmissionConfiguration configuration;

    @Activate
    public OnlineSubmissionContribution(@Reference OnlineIntake intake, @Reference OrgUnitDirectory units,
            @Reference WorkingCalendar calendar, @Reference RuleTable rules, @Reference DocumentExporter exporter,
            OnlineSubmissionConfiguration configuration) {
        this.configuration = configuration;
        this.exporter = exporter;
        LocalTime[] hours = ReceivedDay.hours(configuration.officeHours());
        this.desk = new OnlineSubmissionDesk(intake, units, configuration.onlineUnitCodes(),
                new LookupLimiter(Math.max(1, configuration.submissionsPerHour()), TimeUnit.HOURS.toNanos(1),
                        10_000, System::nanoTime),
                new RecentSubmissions(TimeUnit.HOURS.toNanos(Math.max(1, configuration.duplicateWindowHours())),
                        10_000, System::nanoTime),
                new ReceivedDay(calendar, ReceivedDay.ruleOf(rules), PlatformTime.ZONE, hours[0], hours[1]), PlatformTime.clock(),
                configuration.consentVersion());
        // the status page's configuration is not read here: the form trusts no forwarded header
        this.addresses = ClientAddress.trusting("");
        this.solver = solver();
    }

    @Override
    public Class<? extends Component> viewClass() {
        return OnlineSubmissionView.class;
    }

    @Override
    public Component createView() {
        return new OnlineSubmissionView(desk, exporter, this::currentRequester, OnlineSubmissionContribution::base,
                solver, Math.min(32, Math.max(0, configuration.proofOfWorkBits())),
                Math.max(0, configuration.maxFiles()), Math.max(1, configuration.maxFileMegabytes()) * MEGABYTE);
    }

    private String currentRequester() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? addresses.limiterKey(null, null) : addresses.limiterKey(request.getRemoteAddr(), null);
    }

    /** The server's address as the citizen reached it, ending in {@code /}, for the receipt's QR code. */
    static String base() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return "/";
        }
        StringBuilder base = new StringBuilder(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(request.getScheme()) && port == 80
                || "https".equals(request.getScheme()) && port == 443;
        if (!defaultPort) {
            base.append(':').append(port);
        }
        return base.append(request.getContextPath()).append('/').toString();
    }

    private static String solver() {
        try (InputStream in = OnlineSubmissionContribution.class.getResourceAsStream("proof-of-work.js")) {
            if (in == null) {
                throw new IllegalStateException("proof-of-work.js is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
