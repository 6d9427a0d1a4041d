package org.danvan.nationalexport.internal;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.danvan.cases.api.feed.CaseFeed;
import org.danvan.nationalexport.api.ExportStatus;
import org.danvan.nationalexport.api.NationalExportPermissions;
import org.danvan.nationalexport.api.NationalExportService;
import org.danvan.nationalexport.api.RejectedRecord;
import org.danvan.nationalexport.internal.model.AdapterStateEntity;
import org.danvan.nationalexport.internal.model.ExportRecordEntity;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.feed.RecordFeed;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export adapter: its own thread looks for changes every interval and sends what waits, as the backoff allows. A
 * configuration change re-activates the component (and is audited once). There is no cluster-wide lease in the
 * platform's published API, so on several nodes each runs its own adapter: the receiver's deduplication by key and
 * the optimistic locking of the records keep that from sending a record twice as accepted.
 */
@Component(service = NationalExportService.class, immediate = true, configurationPid = ExportConfiguration.PID)
@Designate(ocd = ExportConfiguration.class)
public class NationalExportComponent implements NationalExportService {

    /** The module's persistence unit. */
    public static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("national-export",
            "db/national-export/changelog.xml", ExportRecordEntity.class, AdapterStateEntity.class);

    private static final Logger LOG = LoggerFactory.getLogger(NationalExportComponent.class);
    /** Longest pause between two looks at the queue (waiting records, backoff over, "send now"). */
    static final Duration TICK = Duration.ofSeconds(2);
    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    /** Record types already warned about. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    private final EntityStore store;
    private final AccessControl access;
    private final ExportLedger ledger;
    private final ExportRun run;
    private final ExportSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean forced = new AtomicBoolean();
    private volatile Instant nextSweep = Instant.MIN;
    private final RecordSource cases;
    private final NationalRecordFormat format;

    /** The record feeds of installed modules (reception sessions and book entries), as they come and go. */
    @Reference(service = RecordFeed.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            fieldOption = FieldOption.UPDATE)
    private final List<RecordFeed> feeds = new CopyOnWriteArrayList<>();

    @Activate
    public NationalExportComponent(@Reference PersistenceService persistence, @Reference CaseFeed feed,
            @Reference AccessControl access, @Reference AuditTrail audit, @Reference OrgUnitDirectory units,
            ExportConfiguration configuration) {
        this(persistence, feed, access, audit, units, ExportSettings.of(configuration), PlatformTime.clock(), true);
    }

    /** Without a thread of its own when {@code start} is false (tests call {@link #pass()}). */
    NationalExportComponent(PersistenceService persistence, CaseFeed feed, AccessControl access, AuditTrail audit,
            OrgUnitDirectory units, ExportSettings settings, Clock clock, boolean start) {
        this.access = access;
        this.settings = settings;
        this.clock = clock;
        this.store = persistence.open(UNIT);
        this.ledger = new ExportLedger(store, audit);
        HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.format = new NationalRecordFormat(units::find);
        this.cases = RecordSource.cases(feed, format);
        this.run = new ExportRun(this::sources, ledger, new BatchSender(http), clock,
                () -> ThreadLocalRandom.current().nextDouble());
        ledger.configurationSeen(settings);
        if (settings.problem() != null) {
            LOG.warn("National export: not sending ({})", settings.problem());
        } else {
            LOG.info("National export: sending to {} every {} s", settings.shownEndpoint(),
                    settings.interval().toSeconds());
        }
        if (start) {
            thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "national-export");
                t.setDaemon(true);
                return t;
            });
            long tick = Math.min(TICK.toMillis(), settings.interval().toMillis());
            thread.scheduleWithFixedDelay(this::safePass, tick, tick, TimeUnit.MILLISECONDS);
        } else {
            thread = null;
        }
    }

    @Deactivate
    public void deactivate() {
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.close();
    }

    /** The case engine's cases, then every module feed whose record type is well formed and not taken. */
    List<RecordSource> sources() {
        List<RecordSource> sources = new ArrayList<>();
        sources.add(cases);
        Set<String> types = new HashSet<>();
        types.add(NationalRecordFormat.CASE);
        for (RecordFeed recordFeed : feeds) {
            String type = recordFeed.recordType();
            if (type == null || !RECORD_TYPE.matcher(type).matches() || !types.add(type)) {
                if (refused.add(String.valueOf(type))) {
                    LOG.warn("National export: feed {} left out: its record type '{}' is not lower-case letters, digits"
                            + " and hyphens (at most 32) or is already taken", recordFeed.getClass().getName(), type);
                }
                continue;
            }
            sources.add(RecordSource.of(recordFeed, format));
        }
        return sources;
    }

    /** A module's feed arriving (tests; in the container Declarative Services fills {@link #feeds}). */
    void addFeed(RecordFeed recordFeed) {
        feeds.add(recordFeed);
    }

    private void safePass() {
        try {
            pass();
        } catch (RuntimeException e) {
            // the database may be away or another node changed a record meanwhile: the next pass starts over
            LOG.warn("National export: pass failed, will try again", e);
        }
    }

    /** One pass: look for changes when due, send what waits. */
    void pass() {
        if (!settings.configured()) {
            return;
        }
        boolean force = forced.getAndSet(false);
        Instant now = clock.instant();
        if (force || !now.isBefore(nextSweep)) {
            int changed = run.sweep();
            nextSweep = now.plus(settings.interval());
            if (changed > 0) {
                LOG.info("National export: {} new or changed records to send", changed);
            }
        }
        if (force || ledger.countWaiting() > 0) {
            run.send(settings, force);
        }
    }

    private void check(UserPrincipal user) {
        if (user == null || !access.isPermittedSomewhere(user, NationalExportPermissions.MANAGE)) {
            throw new AccessDeniedException(user == null ? "-" : user.login(), NationalExportPermissions.MANAGE, 0L);
        }
    }

    @Override
    public ExportStatus status(UserPrincipal user) {
        check(user);
        return ledger.status(settings);
    }

    @Override
    public List<RejectedRecord> rejected(UserPrincipal user, int limit) {
        check(user);
        AccessScope scope = access.scope(user, NationalExportPermissions.MANAGE);
        return ledger.rejected(scope, Math.min(Math.max(limit, 1), 500));
    }

    @Override
    public void sendNow(UserPrincipal user) {
        check(user);
        ledger.attemptNow(user.login(), user.userId());
        forced.set(true);
    }
}
