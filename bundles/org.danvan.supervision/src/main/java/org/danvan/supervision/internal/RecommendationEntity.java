package org.danvan.supervision.internal;

import java.time.LocalDate;

import org.danvan.supervision.api.RecommendationState;

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

/** A row of sv_recommendation: a recommendation to a government unit and its answer. */
@Entity(name = "SvRecommendation")
@Table(name = "sv_recommendation")
public class RecommendationEntity {

    @Id
    @TableGenerator(name = "sv_recommendation_ids", table = "sv_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "sv_recommendation", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sv_recommendation_ids")
    Long id;

    @Version
    long version;

    @Column(name = "programme_id", nullable = false)
    long programmeId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "addressee_unit_id", nullable = false)
    long addresseeUnitId;

    @Column(name = "addressee_name", nullable = false, length = 255)
    String addresseeName;

    @Column(name = "content", nullable = false, length = 4000)
    String content;

    @Column(name = "issued_on", nullable = false)
    LocalDate issuedOn;

    @Column(name = "answer_due_on", nullable = false)
    LocalDate answerDueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    RecommendationState state;

    @Column(name = "answer", length = 4000)
    String answer;

    @Column(name = "answered_on")
    LocalDate answeredOn;

    @Column(name = "closed_on")
    LocalDate closedOn;

    void answered(RecommendationState newState, String text, LocalDate on) {
        this.state = newState;
        this.answer = text;
        this.answeredOn = on;
    }

    void closed(LocalDate on) {
        this.state = RecommendationState.CLOSED;
        this.closedOn = on;
    }

}
