package org.danvan.calendar.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A year whose shipped announcements were copied into the table once. Remembered so that a shipped day an
 * administrator removed does not come back at the next start, while a later DanVan version that ships a new year
 * still seeds that year.
 */
@Entity(name = "CalendarSeededYear")
@Table(name = "cal_seeded_year")
public class SeededYearEntity {

    @Id
    @Column(name = "seeded_year")
    private Integer year;

    @Version
    private long version;

    /** UTC. */
    @Column(name = "seeded_at", nullable = false)
    private LocalDateTime seededAt;

    protected SeededYearEntity() {
        // for JPA
    }

    public SeededYearEntity(int year, LocalDateTime seededAt) {
        this.year = year;
        this.seededAt = seededAt;
    }

    public int year() {
        return year;
    }
}
