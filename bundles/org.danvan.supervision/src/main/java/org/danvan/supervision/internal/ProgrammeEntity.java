package org.danvan.supervision.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.danvan.supervision.api.ProgrammeState;
import org.danvan.supervision.api.SubjectKind;
import org.danvan.supervision.api.SupervisionForm;

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

/** A row of sv_programme: a supervision programme and its round. */
@Entity(name = "SvProgramme")
@Table(name = "sv_programme")
public class ProgrammeEntity {

    @Id
    @TableGenerator(name = "sv_programme_ids", table = "sv_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "sv_programme", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "sv_programme_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "unit_name", nullable = false, length = 255)
    String unitName;

    @Column(name = "title", nullable = false, length = 300)
    String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    SubjectKind subjectKind;

    @Column(name = "subject_unit_id")
    Long subjectUnitId;

    @Column(name = "subject", nullable = false, length = 300)
    String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 24)
    SupervisionForm form;

    @Column(name = "content", nullable = false, length = 4000)
    String content;

    /** One member a line. */
    @Column(name = "team", length = 4000)
    String team;

    @Column(name = "round_on", nullable = false)
    LocalDate roundOn;

    @Column(name = "plan_due_by", nullable = false)
    LocalDate planDueBy;

    @Column(name = "plan_rule", nullable = false, length = 500)
    String planRuleCitation;

    @Column(name = "plan_sent_on")
    LocalDate planSentOn;

    @Column(name = "held_on")
    LocalDate heldOn;

    @Column(name = "findings", length = 4000)
    String findings;

    @Column(name = "report_due_on")
    LocalDate reportDueOn;

    @Column(name = "reported_on")
    LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    ProgrammeState state;

    @Column(name = "recorded_by", nullable = false, length = 64)
    String recordedBy;

    List<String> teamList() {
        return team == null || team.isEmpty() ? List.of() : Arrays.asList(team.split("\n"));
    }

    /** Changes are made inside the entity class, where the weaver tracks them. */
    void plan(String newTitle, SubjectKind kind, Long subjectUnit, String newSubject, SupervisionForm newForm,
            String newContent, String newTeam, LocalDate round, LocalDate dueBy, String citation) {
        this.title = newTitle;
        this.subjectKind = kind;
        this.subjectUnitId = subjectUnit;
        this.subject = newSubject;
        this.form = newForm;
        this.content = newContent;
        this.team = newTeam;
        this.roundOn = round;
        this.planDueBy = dueBy;
        this.planRuleCitation = citation;
    }

    void planSent(LocalDate on) {
        this.planSentOn = on;
        this.state = ProgrammeState.PLAN_SENT;
    }

    void held(LocalDate on, String newFindings, LocalDate reportDue) {
        this.heldOn = on;
        this.findings = newFindings;
        this.reportDueOn = reportDue;
        this.state = ProgrammeState.HELD;
    }

    void reported(LocalDate on) {
        this.reportedOn = on;
        this.state = ProgrammeState.REPORTED;
    }
}
