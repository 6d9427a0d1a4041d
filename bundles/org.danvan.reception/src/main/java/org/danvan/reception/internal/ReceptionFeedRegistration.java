package org.danvan.reception.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.danvan.platform.api.feed.RecordFeed;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the reception's two export feeds ({@link ReceptionFeeds}) as {@link RecordFeed} services, for whichever
 * export adapter is installed (none is required).
 */
@Component(service = {}, immediate = true, configurationPid = ReceptionConfiguration.PID)
public class ReceptionFeedRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(ReceptionFeedRegistration.class);

    private final List<ServiceRegistration<RecordFeed>> registrations;

    @Activate
    public ReceptionFeedRegistration(BundleContext context, @Reference ReceptionDatabase database,
            ReceptionConfiguration configuration) {
        registrations = List.of(
                context.registerService(RecordFeed.class, ReceptionFeeds.sessions(database.store()), null),
                context.registerService(RecordFeed.class, ReceptionFeeds.entries(database.store(),
                        database.protector(), Clock.systemUTC(), hold(configuration.exportHoldHours())), null));
    }

    /** The configured hold, or the default when it is out of range (logged). */
    static Duration hold(int hours) {
        if (hours < 0 || hours > ReceptionFeeds.MAX_HOLD_HOURS) {
            LOG.warn("Reception: exportHoldHours {} is not between 0 and {}: {} hours are used", hours,
                    ReceptionFeeds.MAX_HOLD_HOURS, ReceptionFeeds.ENTRY_HOLD.toHours());
            return ReceptionFeeds.ENTRY_HOLD;
        }
        return Duration.ofHours(hours);
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
    }
}
