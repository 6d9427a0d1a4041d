package ${package}.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of ${tablePrefix}_entry. Units are referred to by id: a module never maps another bundle's tables. */
@Entity(name = "Entry")
@Table(name = "${tablePrefix}_entry")
public class EntryEntity {

    @Id
    @TableGenerator(name = "${tablePrefix}_entry_ids", table = "${tablePrefix}_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "${tablePrefix}_entry", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "${tablePrefix}_entry_ids")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(length = 2000)
    private String note;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    private String unitName;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** UTC. */
    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected EntryEntity() {
        // for JPA
    }

    EntryEntity(long unitId, String unitName, String recordedBy, LocalDateTime recordedAt) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void setContent(String title, LocalDate happenedOn, String note) {
        this.title = title;
        this.happenedOn = happenedOn;
        this.note = note;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getTitle() {
        return title;
    }

    LocalDate getHappenedOn() {
        return happenedOn;
    }

    String getNote() {
        return note;
    }

    long getUnitId() {
        return unitId;
    }

    String getUnitName() {
        return unitName;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
