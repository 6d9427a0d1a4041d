package org.danvan.supervision.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of sv_follow_up: a follow-up note of the organisation on a recommendation. */
@Entity(name = "SvFollowUp")
@Table(name = "sv_follow_up")
public class FollowUpEntity {

    @Id
    @TableGenerator(name = "sv_follow_up_ids", table = "sv_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "sv_follow_up", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sv_follow_up_ids")
    Long id;

    @Version
    long version;

    @Column(name = "recommendation_id", nullable = false)
    long recommendationId;

    @Column(name = "noted_on", nullable = false)
    LocalDate notedOn;

    @Column(name = "note", nullable = false, length = 4000)
    String note;

    @Column(name = "noted_by", nullable = false, length = 64)
    String notedBy;
}
