package org.danvan.supervision.internal;

import org.danvan.supervision.api.OpinionDecision;

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

/** A row of sv_opinion: an opinion of a criticism and the drafting body's explanation. */
@Entity(name = "SvOpinion")
@Table(name = "sv_opinion")
public class OpinionEntity {

    @Id
    @TableGenerator(name = "sv_opinion_ids", table = "sv_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "sv_opinion", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sv_opinion_ids")
    Long id;

    @Version
    long version;

    @Column(name = "criticism_id", nullable = false)
    long criticismId;

    @Column(name = "author", nullable = false, length = 200)
    String author;

    @Column(name = "content", nullable = false, length = 4000)
    String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 16)
    OpinionDecision decision;

    @Column(name = "explanation", length = 4000)
    String explanation;

    void explained(OpinionDecision newDecision, String text) {
        this.decision = newDecision;
        this.explanation = text;
    }
}
