package org.danvan.platform.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.danvan.platform.api.notification.EmailDelivery;
import org.danvan.platform.api.notification.NotificationListener;
import org.danvan.platform.api.notification.NotificationProvider;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.outage.DatabaseOutage;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notifications of all providers for the bell of the header, and the open bells that follow them: a provider
 * announcing new notifications makes the bells of their addressees refresh by push. A provider that fails is logged
 * and left out, so one broken module never silences the others.
 */
@Component(service = {NotificationCenter.class, NotificationListener.class})
public class NotificationCenter implements NotificationListener {

    /** An open bell: whose it is, and how to make it refresh (it takes its UI's lock itself). */
    public interface Follower {

        long userId();

        void notificationsChanged();
    }

    private static final Logger LOGGER = LoggerFactory.getLogger(NotificationCenter.class);

    /** Shortest time between two log lines about the database being out of reach. */
    static final long OUTAGE_LOG_INTERVAL_MS = 60_000;

    private final List<NotificationProvider> providers = new CopyOnWriteArrayList<>();
    private final AtomicLong lastOutageLog = new AtomicLong(Long.MIN_VALUE / 2);
    private final AtomicLong outageLines = new AtomicLong();
    private final LongSupplier millis;
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();

    public NotificationCenter() {
        this(System::currentTimeMillis);
    }

    /** With a clock of its own for the outage log's pace (tests). */
    NotificationCenter(LongSupplier millis) {
        this.millis = millis;
    }

    /** How many database-outage lines were logged (tests). */
    long outageLines() {
        return outageLines.get();
    }
    private volatile EmailDelivery email;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addProvider(NotificationProvider provider) {
        providers.add(provider);
    }

    public void removeProvider(NotificationProvider provider) {
        providers.remove(provider);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setEmailDelivery(EmailDelivery delivery) {
        this.email = delivery;
    }

    public void unsetEmailDelivery(EmailDelivery delivery) {
        if (this.email == delivery) {
            this.email = null;
        }
    }

    /** The e-mail delivery, where one is installed and can send. */
    public Optional<EmailDelivery> email() {
        EmailDelivery delivery = email;
        return delivery != null && delivery.available() ? Optional.of(delivery) : Optional.empty();
    }

    /** How many unread notifications the user has, over all providers. */
    public long unreadCount(UserPrincipal user) {
        long count = 0;
        for (NotificationProvider provider : providers) {
            try {
                count += provider.unreadCount(user);
            } catch (RuntimeException e) {
                leftOut(provider, user, e);
            }
        }
        return count;
    }

    /** The user's newest notifications of all providers, newest first. */
    public List<UserNotification> latest(UserPrincipal user, int limit) {
        List<UserNotification> all = new ArrayList<>();
        for (NotificationProvider provider : providers) {
            try {
                all.addAll(provider.notifications(user, false, limit));
            } catch (RuntimeException e) {
                leftOut(provider, user, e);
            }
        }
        all.sort(Comparator.comparing(UserNotification::createdAt).reversed());
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : all;
    }

    /**
     * Logs a provider that failed. While the database is out of reach every open bell fails at each refresh: that is
     * one WARN line without a stack trace per {@link #OUTAGE_LOG_INTERVAL_MS} (the shell's error page already tells the
     * user); any other failure is a fault and is logged with its stack trace.
     */
    private void leftOut(NotificationProvider provider, UserPrincipal user, RuntimeException e) {
        if (DatabaseOutage.isCause(e)) {
            long now = millis.getAsLong();
            long last = lastOutageLog.get();
            if (now - last >= OUTAGE_LOG_INTERVAL_MS && lastOutageLog.compareAndSet(last, now)) {
                outageLines.incrementAndGet();
                LOGGER.warn("Notifications of {} left out: database unavailable ({}); said once a minute while it"
                        + " lasts", provider.source(), DatabaseOutage.rootMessage(e));
            }
            return;
        }
        LOGGER.warn("Notifications of {} left out for user {}: {}", provider.source(), user.login(), e.toString(), e);
    }

    /** Marks a notification read at its provider. */
    public void markRead(UserPrincipal user, UserNotification notification) {
        providers.stream().filter(p -> p.source().equals(notification.source())).findFirst()
                .ifPresent(p -> p.markRead(user, notification.id()));
    }

    /** Lets a bell follow the notifications; the returned action ends that. */
    public Runnable follow(Follower follower) {
        followers.add(follower);
        return () -> followers.remove(follower);
    }

    /**
     * Refreshes the bells of the addressees. Bells of a unit's heads cannot be told apart here (the provider decides
     * who heads a unit), so a unit-addressed notification refreshes every open bell: each only re-counts its own.
     */
    @Override
    public void notificationsAdded(String source, Set<Long> userIds, Set<Long> unitIds) {
        for (Follower follower : followers) {
            if (!unitIds.isEmpty() || userIds.contains(follower.userId())) {
                try {
                    follower.notificationsChanged();
                } catch (RuntimeException e) {
                    LOGGER.warn("A bell could not follow its notifications: {}", e.toString(), e);
                }
            }
        }
    }
}
