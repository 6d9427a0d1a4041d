package org.danvan.supervision.internal;

import java.time.LocalDate;

import org.danvan.supervision.api.OpinionSubject;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of sv_people_opinion: an opinion of the people on building the Party and the government. */
@Entity(name = "SvPeopleOpinion")
@Table(name = "sv_people_opinion")
public class PeopleOpinionEntity {

    @Id
    @TableGenerator(name = "sv_people_opinion_ids", table = "sv_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "sv_people_opinion", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sv_people_opinion_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    String unitName;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 16)
    OpinionSubject subject;

    @Column(name = "source", nullable = false, length = 300)
    String source;

    @Column(name = "content", nullable = false, length = 4000)
    String content;

    @Column(name = "gathered_on", nullable = false)
    LocalDate gatheredOn;

    @Column(name = "forwarded_to", length = 300)
    String forwardedTo;

    @Column(name = "forwarded_on")
    LocalDate forwardedOn;

    void forwarded(String to, LocalDate on) {
        this.forwardedTo = to;
        this.forwardedOn = on;
    }
}
