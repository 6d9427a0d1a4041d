package org.danvan.cases.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The last number given to a unit's cases in a year; locked (SELECT ... FOR UPDATE) by each intake. */
@Entity(name = "CaseCounter")
@Table(name = "cas_counter")
public class CaseCounter {

    @Id
    @Column(name = "counter_key", length = 40)
    public String key;

    @Version
    private long version;

    @Column(name = "last_value", nullable = false)
    public int lastValue;

    protected CaseCounter() {
        // for JPA
    }

    public CaseCounter(String key) {
        this.key = key;
    }

    /** The key of a unit's counter for a year. */
    public static String key(long unitId, int year) {
        return unitId + "/" + year;
    }
}
