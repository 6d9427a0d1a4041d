package org.danvan.cases.api;

import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/** Administrative operations on the clocks, for the console and the scheduler. */
@ProviderType
public interface DueDateMaintenance {

    /**
     * Runs the daily due-state job now unless another node holds the lease or it already ran today.
     *
     * @return true if this call ran the job
     */
    boolean runDailyJob();

    /**
     * Recomputes the due dates of open cases whose due date is on or after a day (after a calendar change).
     *
     * @return the number of cases whose due date changed
     */
    int recomputeDueDates(LocalDate firstChangedDay);
}
