package org.danvan.conduct.internal;

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

/**
 * A row of cd_sanction: a sanction decision on an official (name and position: an official's personal data, kept plain
 * and audited) and its follow-up.
 */
@Entity(name = "CdSanction")
@Table(name = "cd_sanction")
public class SanctionEntity {

    @Id
    @TableGenerator(name = "cd_sanction_ids", table = "cd_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cd_sanction", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cd_sanction_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "inspection_id")
    Long inspectionId;

    @Column(name = "official_name", nullable = false, length = 200)
    String officialName;

    @Column(name = "official_position", nullable = false, length = 500)
    String officialPosition;

    @Column(name = "form_id", nullable = false, length = 40)
    String formId;

    @Column(name = "violation", nullable = false, length = 4000)
    String violation;

    @Column(name = "violation_on", nullable = false)
    LocalDate violationOn;

    @Column(name = "limitation_ends", nullable = false)
    LocalDate limitationEnds;

    @Column(name = "limitation_rule", nullable = false, length = 64)
    String limitationRule;

    @Column(name = "decision_number", nullable = false, length = 100)
    String decisionNumber;

    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    @Column(name = "decision_year", nullable = false)
    int year;

    @Column(name = "authority", nullable = false, length = 500)
    String authority;

    /** The linked cases' numbers, one a line. */
    @Column(name = "case_numbers", length = 2000)
    String caseNumbers;

    @Column(name = "remedy_by", nullable = false)
    LocalDate remedyBy;

    @Column(name = "remedy_rule", nullable = false, length = 64)
    String remedyRule;

    @Column(name = "remedied_on")
    LocalDate remediedOn;

    @Column(name = "follow_up", length = 4000)
    String followUp;

    // changes go through the entity's own methods: the woven change tracking sees only those

    void remedied(LocalDate day, String text) {
        this.remediedOn = day;
        this.followUp = text;
    }

    List<String> caseNumberList() {
        return caseNumbers == null || caseNumbers.isEmpty() ? List.of() : Arrays.asList(caseNumbers.split("\n"));
    }
}
