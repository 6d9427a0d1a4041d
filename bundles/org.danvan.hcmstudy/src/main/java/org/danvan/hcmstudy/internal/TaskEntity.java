package org.danvan.hcmstudy.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of hs_task: a measurable task of a plan. */
@Entity(name = "HsTask")
@Table(name = "hs_task")
public class TaskEntity {

    @Id
    @TableGenerator(name = "hs_task_ids", table = "hs_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "hs_task", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hs_task_ids")
    Long id;

    @Version
    long version;

    @Column(name = "plan_id", nullable = false)
    long planId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "title", nullable = false, length = 300)
    String title;

    @Column(name = "measure", nullable = false, length = 300)
    String measure;

    @Column(name = "owner_name", nullable = false, length = 300)
    String owner;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    void done(LocalDate day) {
        this.doneOn = day;
    }
}
