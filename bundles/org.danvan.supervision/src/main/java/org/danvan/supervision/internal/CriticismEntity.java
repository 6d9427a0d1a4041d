package org.danvan.supervision.internal;

import java.time.LocalDate;

import org.danvan.supervision.api.CriticismForm;
import org.danvan.supervision.api.CriticismState;

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

/** A row of sv_criticism: the social criticism of a draft. */
@Entity(name = "SvCriticism")
@Table(name = "sv_criticism")
public class CriticismEntity {

    @Id
    @TableGenerator(name = "sv_criticism_ids", table = "sv_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "sv_criticism", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sv_criticism_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    String unitName;

    @Column(name = "draft_title", nullable = false, length = 300)
    String draftTitle;

    @Column(name = "drafting_body", nullable = false, length = 300)
    String draftingBody;

    @Column(name = "drafting_unit_id")
    Long draftingUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 16)
    CriticismForm form;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    @Column(name = "conference_on")
    LocalDate conferenceOn;

    @Column(name = "conference_summary", length = 4000)
    String conferenceSummary;

    @Column(name = "sent_on")
    LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    CriticismState state;

    void conferenceHeld(LocalDate on, String summary) {
        this.conferenceOn = on;
        this.conferenceSummary = summary;
        this.state = CriticismState.CONFERENCE_HELD;
    }

    void sent(LocalDate on) {
        this.sentOn = on;
        this.state = CriticismState.SENT;
    }

    void explained() {
        this.state = CriticismState.EXPLAINED;
    }
}
