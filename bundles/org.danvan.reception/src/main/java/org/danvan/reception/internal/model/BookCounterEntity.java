package org.danvan.reception.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The last number given in one unit's reception book of one year. The transaction that records an entry locks this
 * row, so concurrent officers get consecutive numbers and a rolled-back entry gives its number back.
 */
@Entity(name = "BookCounter")
@Table(name = "rcp_book_counter")
public class BookCounterEntity {

    @Id
    @Column(name = "counter_key", length = 40)
    private String key;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "book_year", nullable = false)
    private int year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected BookCounterEntity() {
        // for JPA
    }

    public BookCounterEntity(long unitId, int year) {
        this.key = keyOf(unitId, year);
        this.unitId = unitId;
        this.year = year;
    }

    /** The primary key of the counter of a unit's book of a year. */
    public static String keyOf(long unitId, int year) {
        return unitId + "/" + year;
    }

    /** Takes the next number. */
    public int next() {
        return ++lastNumber;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
