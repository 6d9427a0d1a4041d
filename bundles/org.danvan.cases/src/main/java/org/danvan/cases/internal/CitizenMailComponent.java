package org.danvan.cases.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.mail.MailService;
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
 * Runs the {@link CitizenMailDrainer} on a thread of its own every {@code intervalSeconds}, with whatever
 * {@link MailService} is published at that moment (none: the mails wait).
 */
@Component(service = {}, immediate = true, configurationPid = CitizenMailConfiguration.PID)
@Designate(ocd = CitizenMailConfiguration.class)
public class CitizenMailComponent {

    private static final Logger LOG = LoggerFactory.getLogger(CitizenMailComponent.class);

    private final CitizenMailDrainer drainer;
    private final ScheduledExecutorService scheduler;
    private volatile boolean stopping;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MailService mail;

    @Activate
    public CitizenMailComponent(@Reference CaseEngine engine, @Reference Translator translator,
            CitizenMailConfiguration configuration) {
        drainer = new CitizenMailDrainer(engine.context(),
                new CitizenMailTexts(translator, configuration.statusPageUrl().strip()),
                new CitizenMailDrainer.Settings(Math.max(1, configuration.maxAttempts()),
                        Duration.ofSeconds(Math.max(1, configuration.firstRetrySeconds())),
                        Math.max(1, configuration.keepDays()), 50));
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "danvan-citizen-mail");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, configuration.intervalSeconds());
        scheduler.scheduleWithFixedDelay(this::pass, Math.min(5, interval), interval, TimeUnit.SECONDS);
    }

    private void pass() {
        try {
            CitizenMailDrainer.Pass pass = drainer.drain(mail);
            if (pass.sent() + pass.failed() + pass.givenUp() > 0) {
                LOG.info("Citizens' milestone mails: {} sent, {} failed, {} given up", pass.sent(), pass.failed(),
                        pass.givenUp());
            }
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.warn("The pass over the citizens' milestone mails ended with the component's stop: {}",
                        e.toString());
            } else {
                LOG.error("The pass over the citizens' milestone mails failed; the next one tries again", e);
            }
        }
    }

    /** Lets a pass under way finish (an interrupt in the middle of a database write helps nobody). */
    @Deactivate
    void deactivate() {
        stopping = true;
        Jobs.stop(scheduler);
    }
}
