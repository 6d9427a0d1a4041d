package org.danvan.procedures.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of pr_round: a unit's review round of a year, with its report day fixed when it started. */
@Entity(name = "PrRound")
@Table(name = "pr_round")
public class RoundEntity {

    @Id
    @TableGenerator(name = "pr_round_ids", table = "pr_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "pr_round", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pr_round_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "review_year", nullable = false)
    int year;

    @Column(name = "title", nullable = false, length = 500)
    String title;

    @Column(name = "started_on", nullable = false)
    LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "due_rule", nullable = false, length = 64)
    String dueRule;
}
