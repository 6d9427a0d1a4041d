package org.danvan.grassroots.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of gr_follow_up_task. */
@Entity(name = "FollowUpTask")
@Table(name = "gr_follow_up_task")
public class FollowUpTaskEntity {

    @Id
    @TableGenerator(name = "gr_follow_up_task_ids", table = "gr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "gr_follow_up_task", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "gr_follow_up_task_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "task_text", nullable = false, length = 1000)
    private String task;

    @Column(nullable = false, length = 200)
    private String assignee;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 1000)
    private String result;

    protected FollowUpTaskEntity() {
        // for JPA
    }

    FollowUpTaskEntity(long activityId, long committeeId, String task, String assignee, LocalDate dueOn) {
        this.activityId = activityId;
        this.committeeId = committeeId;
        this.task = task;
        this.assignee = assignee;
        this.dueOn = dueOn;
    }

    void done(String text, LocalDate day) {
        this.result = text;
        this.doneOn = day;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getActivityId() {
        return activityId;
    }

    String getTask() {
        return task;
    }

    String getAssignee() {
        return assignee;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    String getResult() {
        return result;
    }
}
