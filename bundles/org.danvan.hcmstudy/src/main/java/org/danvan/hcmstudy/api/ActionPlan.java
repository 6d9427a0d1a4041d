package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.List;

/** An agency's action plan integrating the study into its tasks. */
public record ActionPlan(long id, long version, long unitId, int year, String title, List<Task> tasks) {

    public ActionPlan {
        tasks = List.copyOf(tasks);
    }

    /**
     * A measurable task with its owner and due day (a working day).
     *
     * @param overdue not done and its due day has passed
     */
    public record Task(long id, long version, String title, String measure, String owner, LocalDate dueOn,
            LocalDate doneOn, boolean overdue) {
    }
}
