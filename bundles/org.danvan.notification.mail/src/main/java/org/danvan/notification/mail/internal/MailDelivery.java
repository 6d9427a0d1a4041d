package org.danvan.notification.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.danvan.notification.mail.internal.model.MailSubscription;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.notification.EmailDelivery;
import org.danvan.platform.api.notification.NotificationListener;
import org.danvan.platform.api.notification.NotificationProvider;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the notifications of every provider to the users who opted in. A delivery pass runs shortly after a provider
 * announces new notifications and every minute (retries, digests): for each subscriber it asks the providers for the
 * user's unread notifications raised since the last one sent, as the user's current principal (so nobody is mailed
 * what they may no longer see), and sends them — each in its own message, or once a day as a digest. A failure
 * leaves the subscription where it was and retries after a wait that doubles each time; after the last attempt the
 * messages are given up (logged), so one broken address never blocks the others.
 */
@Component(service = {EmailDelivery.class, NotificationListener.class}, immediate = true,
        configurationPid = MailConfiguration.PID)
@Designate(ocd = MailConfiguration.class)
public class MailDelivery implements EmailDelivery, NotificationListener {

    /** The delivery's persistence unit. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("mail", "db/mail/changelog.xml",
            MailSubscription.class);
    /** Notifications asked from each provider per pass and user. */
    static final int BATCH = 50;
    /** A plausible address: something@domain.tld, no spaces; the mail API then checks the syntax strictly. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

    private final EntityStore store;
    private final AuthenticationService authentication;
    private final MailSettings settings;
    private final MailSender sender;
    private final MailTexts texts;
    private final Clock clock;
    private final List<NotificationProvider> providers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;

    @Activate
    public MailDelivery(@Reference PersistenceService persistence, @Reference AuthenticationService authentication,
            @Reference Translator translator, MailConfiguration configuration) {
        this(persistence, authentication, translator, MailSettings.of(configuration), Clock.systemUTC(), true);
    }

    /** Outside OSGi (tests): with a clock, and without the background passes when {@code background} is false. */
    MailDelivery(PersistenceService persistence, AuthenticationService authentication, Translator translator,
            MailSettings settings, Clock clock, boolean background) {
        this.store = persistence.open(UNIT);
        this.authentication = authentication;
        this.settings = settings;
        this.sender = new MailSender(settings);
        this.texts = new MailTexts(translator, settings.applicationUrl());
        this.clock = clock;
        this.scheduler = background ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "danvan-mail");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (scheduler != null && settings.usable()) {
            scheduler.scheduleWithFixedDelay(this::passSafely, 1, 1, TimeUnit.MINUTES);
            LOG.info("Notifications by e-mail through {}:{} ({})", settings.host(), settings.port(),
                    settings.security());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(NotificationProvider provider) {
        providers.add(provider);
    }

    void removeProvider(NotificationProvider provider) {
        providers.remove(provider);
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        store.close();
    }

    @Override
    public boolean available() {
        return settings.usable();
    }

    @Override
    public Choice choice(UserPrincipal user) {
        return store.read(em -> Optional.ofNullable(em.find(MailSubscription.class, user.userId()))
                .map(s -> new Choice(Mode.valueOf(s.mode), s.address)).orElse(new Choice(Mode.OFF, null)));
    }

    @Override
    public void choose(UserPrincipal user, Mode mode, String address) {
        if (mode == null) {
            throw ValidationException.of("mode", "mail.error.required");
        }
        if (mode != Mode.OFF && !available()) {
            throw ValidationException.of(null, "mail.error.unavailable");
        }
        String wanted = address == null ? "" : address.strip();
        if (mode != Mode.OFF) {
            if (wanted.isEmpty()) {
                throw ValidationException.of("address", "mail.error.required");
            }
            if (wanted.length() > 254 || !ADDRESS.matcher(wanted).matches() || !strictlyValid(wanted)) {
                throw ValidationException.of("address", "mail.error.address");
            }
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        store.run(em -> {
            MailSubscription subscription = em.find(MailSubscription.class, user.userId());
            if (subscription == null) {
                subscription = new MailSubscription(user.userId());
                subscription.sentUpTo = now;
                subscription.mode = Mode.OFF.name();
                em.persist(subscription);
            }
            if (Mode.OFF.name().equals(subscription.mode) && mode != Mode.OFF) {
                // what was raised before the user opted in stays in the application
                subscription.sentUpTo = now;
                subscription.digestOn = null;
            }
            subscription.login = user.login();
            subscription.mode = mode.name();
            subscription.address = mode == Mode.OFF ? null : wanted;
            subscription.attempts = 0;
            subscription.nextAttemptAt = null;
        });
    }

    private static boolean strictlyValid(String address) {
        try {
            new jakarta.mail.internet.InternetAddress(address, true).validate();
            return true;
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }

    /** New notifications: a pass soon, off the caller's thread (it is the thread of someone's change). */
    @Override
    public void notificationsAdded(String source, java.util.Set<Long> userIds, java.util.Set<Long> unitIds) {
        if (scheduler != null && available()) {
            scheduler.schedule(this::passSafely, 2, TimeUnit.SECONDS);
        }
    }

    private void passSafely() {
        try {
            pass();
        } catch (RuntimeException e) {
            LOG.warn("A delivery pass of notifications by e-mail failed; the next one retries: {}", e.toString(), e);
        }
    }

    /** One delivery pass over all subscribers; returns the number of messages sent. */
    synchronized int pass() {
        if (!available()) {
            return 0;
        }
        Instant now = clock.instant();
        ZonedDateTime vietnam = now.atZone(PlatformTime.ZONE);
        boolean digestTime = vietnam.getHour() >= settings.digestHour();
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<MailSubscription> due = store.read(em -> em.createQuery("SELECT s FROM MailSubscription s "
                + "WHERE s.mode <> :off AND (s.nextAttemptAt IS NULL OR s.nextAttemptAt <= :now) ORDER BY s.userId",
                MailSubscription.class).setParameter("off", Mode.OFF.name()).setParameter("now", utcNow)
                .getResultList());
        int sent = 0;
        for (MailSubscription subscription : due) {
            if (Mode.EACH.name().equals(subscription.mode)) {
                sent += sendEach(subscription);
            } else if (digestTime && !vietnam.toLocalDate().equals(subscription.digestOn)) {
                sent += sendDigest(subscription, vietnam.toLocalDate());
            }
        }
        return sent;
    }

    private int sendEach(MailSubscription subscription) {
        Optional<UserPrincipal> user = authentication.principalOf(subscription.login);
        if (user.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (UserNotification notification : fresh(user.get(), subscription.sentUpTo)) {
            try {
                sender.send(subscription.address, texts.subject(notification),
                        texts.body(user.get().fullName(), notification));
            } catch (jakarta.mail.MessagingException | RuntimeException e) {
                failed(subscription, notification.createdAt(), e);
                return sent;
            }
            sent++;
            advance(subscription.getUserId(), notification.createdAt(), null);
        }
        return sent;
    }

    private int sendDigest(MailSubscription subscription, LocalDate today) {
        Optional<UserPrincipal> user = authentication.principalOf(subscription.login);
        if (user.isEmpty()) {
            return 0;
        }
        List<UserNotification> fresh = fresh(user.get(), subscription.sentUpTo);
        if (fresh.isEmpty()) {
            advance(subscription.getUserId(), null, today);
            return 0;
        }
        Instant newest = fresh.get(fresh.size() - 1).createdAt();
        try {
            sender.send(subscription.address, texts.digestSubject(fresh.size()),
                    texts.digestBody(user.get().fullName(), fresh));
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            failed(subscription, newest, e);
            return 0;
        }
        advance(subscription.getUserId(), newest, today);
        return 1;
    }

    /** The user's unread notifications raised after {@code sentUpTo}, oldest first. */
    private List<UserNotification> fresh(UserPrincipal user, LocalDateTime sentUpTo) {
        Instant after = sentUpTo.toInstant(ZoneOffset.UTC);
        List<UserNotification> fresh = new ArrayList<>();
        for (NotificationProvider provider : providers) {
            try {
                provider.notifications(user, true, BATCH).stream().filter(n -> n.createdAt().isAfter(after))
                        .forEach(fresh::add);
            } catch (RuntimeException e) {
                LOG.warn("Notifications of {} left out of the e-mail of user {}: {}", provider.source(),
                        user.login(), e.toString(), e);
            }
        }
        fresh.sort(Comparator.comparing(UserNotification::createdAt));
        return fresh;
    }

    /** Sent up to a moment (and, for a digest, for the day): the attempts start again. */
    private void advance(long userId, Instant upTo, LocalDate digestOn) {
        store.run(em -> {
            MailSubscription s = em.find(MailSubscription.class, userId);
            if (s == null) {
                return;
            }
            if (upTo != null) {
                LocalDateTime mark = LocalDateTime.ofInstant(upTo, ZoneOffset.UTC);
                if (mark.isAfter(s.sentUpTo)) {
                    s.sentUpTo = mark;
                }
            }
            if (digestOn != null) {
                s.digestOn = digestOn;
            }
            s.attempts = 0;
            s.nextAttemptAt = null;
        });
    }

    private void failed(MailSubscription subscription, Instant upTo, Exception cause) {
        int failures = subscription.attempts + 1;
        if (failures >= settings.maxAttempts()) {
            LOG.warn("Gave up e-mailing notifications to user {} after {} attempts: {}", subscription.login,
                    failures, cause.toString());
            advance(subscription.getUserId(), upTo, null);
            return;
        }
        Instant next = clock.instant().plus(settings.backoff(failures));
        LOG.warn("E-mail to user {} failed (attempt {} of {}), retried after {}: {}", subscription.login, failures,
                settings.maxAttempts(), next, cause.toString());
        store.run(em -> {
            MailSubscription s = em.find(MailSubscription.class, subscription.getUserId());
            if (s != null) {
                s.attempts = failures;
                s.nextAttemptAt = LocalDateTime.ofInstant(next, ZoneOffset.UTC);
            }
        });
    }
}
