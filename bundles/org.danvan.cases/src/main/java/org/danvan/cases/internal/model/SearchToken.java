package org.danvan.cases.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * One search word of a case: a folded word of the content, the concerned party or the number (prefix-searchable),
 * or a keyed hash of a folded word of a non-protected petitioner's name (exact match only, never clear text).
 */
@Entity(name = "SearchToken")
@Table(name = "cas_token")
public class SearchToken {

    @Id
    @TableGenerator(name = "cas_token_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_token", allocationSize = 1000)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_token_ids")
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
    @Column(nullable = false, length = 64)
    public String token;
}
