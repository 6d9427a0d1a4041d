package org.danvan.platform.persistence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** Test entity of a second unit, "persistencetest-other" (changelog db/persistencetest-other/changelog.xml). */
@Entity
@Table(name = "PT2_RECORD")
public class OtherRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "pt2_record_ids")
    @TableGenerator(name = "pt2_record_ids", table = "PT2_ID_GEN", pkColumnName = "GEN_NAME",
            valueColumnName = "GEN_VALUE", pkColumnValue = "PT2_RECORD", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "LABEL", nullable = false, length = 100)
    private String label;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected OtherRecord() {
    }

    public OtherRecord(String label) {
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }
}
