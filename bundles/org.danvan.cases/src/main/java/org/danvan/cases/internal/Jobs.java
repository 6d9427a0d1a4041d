package org.danvan.cases.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stopping the engine's background jobs. */
final class Jobs {

    /** How long a stop waits for a job under way before it interrupts it. */
    static final long GRACE_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    private Jobs() {
    }

    /**
     * Lets a run under way finish (within {@link #GRACE_SECONDS}) instead of interrupting it: an interrupted database
     * call fails half-way and is logged as the job's failure (and an interrupted file channel of an embedded database
     * is closed for good).
     */
    static void stop(ExecutorService scheduler) {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("A background job did not finish within {} s of the stop; interrupted", GRACE_SECONDS);
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
