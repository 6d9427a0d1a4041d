package org.danvan.cases.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** One hash of the bottom-k sketch of a case's folded word 3-shingles, for content duplicate detection. */
@Entity(name = "ContentShingle")
@Table(name = "cas_shingle")
public class ContentShingle {

    @Id
    @TableGenerator(name = "cas_shingle_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_shingle", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_shingle_ids")
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
    @Column(name = "hash_value", nullable = false)
    public long hash;
}
