package org.danvan.hcmstudy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of hs_plan: an agency's action plan of a year. */
@Entity(name = "HsPlan")
@Table(name = "hs_plan")
public class PlanEntity {

    @Id
    @TableGenerator(name = "hs_plan_ids", table = "hs_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "hs_plan", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hs_plan_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "study_year", nullable = false)
    int year;

    @Column(name = "title", nullable = false, length = 300)
    String title;
}
