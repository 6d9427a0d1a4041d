package org.danvan.cases.internal.model;

import java.time.LocalDateTime;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Which node may run a job until when, and the last day the job completed: one run per day across nodes. */
@Entity(name = "JobLease")
@Table(name = "cas_job_lease")
public class JobLease {

    @Id
    @Column(name = "job_name", length = 64)
    public String jobName;

    @Version
    private long version;

    @Column(length = 128)
    public String owner;
    @Column(name = "expires_at")
    public LocalDateTime expiresAt;
    @Column(name = "last_run_on")
    public LocalDate lastRunOn;
}
