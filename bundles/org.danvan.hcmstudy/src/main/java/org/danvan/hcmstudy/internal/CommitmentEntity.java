package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of hs_commitment: one person's year. */
@Entity(name = "HsCommitment")
@Table(name = "hs_commitment")
public class CommitmentEntity {

    @Id
    @TableGenerator(name = "hs_commitment_ids", table = "hs_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "hs_commitment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "hs_commitment_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false, length = 200)
    String memberName;

    @Column(name = "study_year", nullable = false)
    int year;

    /** Behaviour ids, comma separated. */
    @Column(name = "behaviours", nullable = false, length = 2000)
    String behaviours;

    @Column(name = "free_text", length = 2000)
    String freeText;

    @Column(name = "registered_on", nullable = false)
    LocalDate registeredOn;

    @Column(name = "mid_review", length = 2000)
    String midReview;

    @Column(name = "mid_on")
    LocalDate midOn;

    @Column(name = "end_review", length = 2000)
    String endReview;

    @Column(name = "end_on")
    LocalDate endOn;

    @Column(name = "classification", length = 32)
    String classification;

    @Column(name = "assessment", length = 2000)
    String assessment;

    @Column(name = "assessed_on")
    LocalDate assessedOn;

    @Column(name = "assessed_by", length = 64)
    String assessedBy;

    List<String> behaviourList() {
        return Arrays.asList(behaviours.split(","));
    }

    void midYearReview(String text, LocalDate day) {
        this.midReview = text;
        this.midOn = day;
    }

    void yearEndReview(String text, LocalDate day) {
        this.endReview = text;
        this.endOn = day;
    }

    void assessed(String newClassification, String comment, LocalDate day, String by) {
        this.classification = newClassification;
        this.assessment = comment;
        this.assessedOn = day;
        this.assessedBy = by;
    }
}
