package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of hs_session with its attendance once held. */
@Entity(name = "HsSession")
@Table(name = "hs_session")
public class SessionEntity {

    @Id
    @TableGenerator(name = "hs_session_ids", table = "hs_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "hs_session", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hs_session_ids")
    Long id;

    @Version
    long version;

    @Column(name = "programme_id", nullable = false)
    long programmeId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "planned_on", nullable = false)
    LocalDate plannedOn;

    @Column(name = "topic", nullable = false, length = 300)
    String topic;

    @Column(name = "presenter", nullable = false, length = 200)
    String presenter;

    @Column(name = "held_on")
    LocalDate heldOn;

    @Column(name = "make_up_of")
    Long makeUpOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hs_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "line_no")
    List<AttendanceEmbeddable> attendance = new ArrayList<>();

    void held(LocalDate day, List<AttendanceEmbeddable> lines) {
        this.heldOn = day;
        this.attendance.clear();
        this.attendance.addAll(lines);
    }
}
