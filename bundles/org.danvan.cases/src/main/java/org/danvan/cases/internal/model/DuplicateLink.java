package org.danvan.cases.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A duplicate candidate found at intake (new case → older case), then linked or dismissed by an officer. */
@Entity(name = "DuplicateLink")
@Table(name = "cas_duplicate")
public class DuplicateLink {

    @Id
    @TableGenerator(name = "cas_duplicate_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_duplicate", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_duplicate_ids")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Column(name = "case_id", nullable = false)
    public long caseId;
    @Column(name = "other_case_id", nullable = false)
    public long otherCaseId;
    @Column(nullable = false, length = 16)
    public String reason;
    @Column(nullable = false)
    public int score;
    @Column(nullable = false, length = 16)
    public String state;
}
