package org.danvan.cases.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.DueDateMaintenance;
import org.danvan.cases.api.NotificationService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.keys.Reencryption;
import org.danvan.platform.api.notification.NotificationListener;
import org.danvan.platform.api.notification.NotificationProvider;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.rules.api.RuleTable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case engine as an OSGi service: migrates the schema, builds the unit, registers the engine and runs the
 * daily due-state job hourly (the job's lease and last-run day make it run once a day across nodes). A
 * configuration change re-activates the component.
 */
@Component(service = {CaseService.class, DueDateMaintenance.class, NotificationService.class, NotificationProvider.class,
        CaseEngine.class, Reencryption.class, org.danvan.calendar.api.DeadlineImpactProvider.class,
        org.danvan.rules.api.RuleTableListener.class, org.danvan.cases.api.OnlineIntake.class,
        org.danvan.cases.api.feed.CaseFeed.class},
        immediate = true,
        configurationPid = CaseConfiguration.PID)
@Designate(ocd = CaseConfiguration.class)
public class CaseServiceComponent extends CaseEngine implements Reencryption {

    private static final Logger LOG = LoggerFactory.getLogger(CaseServiceComponent.class);

    private final ScheduledExecutorService scheduler;
    private volatile boolean stopping;

    @Activate
    public CaseServiceComponent(@Reference PersistenceService persistence, @Reference RuleTable rules,
            @Reference WorkingCalendar calendar, @Reference AccessControl access, @Reference AuditTrail audit,
            @Reference OrgUnitDirectory directory, @Reference CaseKeys keys, CaseConfiguration configuration,
            BundleContext bundleContext) {
        super(new CaseContext(persistence.open(CaseUnit.UNIT), rules, calendar, access, audit, directory,
                keys.cipher(), Clock.systemUTC(), settings(configuration)));
        if (bundleContext != null) {
            addNotificationListener(whiteboard(bundleContext));
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "danvan-cases-due-state");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runJobSafely, 1, 60, TimeUnit.MINUTES);
        LOG.info("Case engine ready on {}", persistence.databaseProductName());
    }

    /** The ring {@link #reencryptAll()} moves identities to the active key of ({@code danvan:key-reencrypt}). */
    @Override
    public String purpose() {
        return CaseKeys.PURPOSE;
    }

    /**
     * Tells the registered {@link NotificationListener}s (whiteboard), looked up at each announcement rather than
     * bound by a reference: the shell's notification center and the e-mail delivery are listeners that in turn bind
     * this engine as a provider, and mutual references make Felix report a service cycle.
     */
    private static NotificationListener whiteboard(BundleContext context) {
        return (source, users, units) -> {
            java.util.Collection<ServiceReference<NotificationListener>> references;
            try {
                references = context.getServiceReferences(NotificationListener.class, null);
            } catch (InvalidSyntaxException | IllegalStateException e) {
                return;
            }
            for (ServiceReference<NotificationListener> reference : references) {
                NotificationListener listener = context.getService(reference);
                if (listener == null) {
                    continue;
                }
                try {
                    listener.notificationsAdded(source, users, units);
                } catch (RuntimeException e) {
                    LOG.warn("A notification listener ({}) failed: {}", listener.getClass().getName(), e.toString(),
                            e);
                } finally {
                    context.ungetService(reference);
                }
            }
        };
    }

    private void runJobSafely() {
        try {
            runDailyJob();
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.warn("The daily due-state job ended with the engine's stop: {}", e.toString());
            } else {
                LOG.error("The daily due-state job failed; it is retried within the hour", e);
            }
        }
    }

    static CaseSettings settings(CaseConfiguration configuration) {
        Path store = configuration.contentStore().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "danvan", "attachments")
                : Path.of(configuration.contentStore());
        CaseSettings defaults = CaseSettings.defaults(store);
        return new CaseSettings(Math.max(0, configuration.nearDueWorkingDays()),
                Math.max(1, configuration.duplicateWindowDays()),
                Math.min(100, Math.max(1, configuration.contentSimilarityPercent())),
                Math.max(1, configuration.maxAttachmentMegabytes()) * 1024L * 1024L, store, defaults.zone());
    }

    @Deactivate
    void deactivate() {
        stopping = true;
        Jobs.stop(scheduler); // a job under way finishes before its store closes
        EntityStore store = context().store();
        store.close();
    }
}
