package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * What the Front or an organisation enters as a supervision programme.
 *
 * @param unitId the organisation that supervises (a Front committee, a union, a commune); required
 * @param title the programme's title, at most {@value #TITLE_MAX} characters; required
 * @param subjectKind what kind of subject is supervised; required
 * @param subjectUnitId the supervised unit; required when the subject is a unit, optional otherwise
 * @param subject the subject as people name it (the unit, policy, project or official), at most {@value #TITLE_MAX}
 * @param form how the supervision is done; required
 * @param content the content supervised, at most {@value #TEXT_MAX} characters; required
 * @param roundOn the day of the round (or the meeting); required, not before today when planned
 * @param team the team members, one a line, each at most {@value #LINE_MAX}; at least one when the form is a team
 */
public record ProgrammeDraft(Long unitId, String title, SubjectKind subjectKind, Long subjectUnitId, String subject,
        SupervisionForm form, String content, LocalDate roundOn, List<String> team) {

    public static final int TITLE_MAX = 300;
    public static final int TEXT_MAX = 4000;
    public static final int LINE_MAX = 200;
    public static final int TEAM_MAX = 30;

    public static final String UNIT_REQUIRED = "supervision.validation.unit.required";
    public static final String TITLE_REQUIRED = "supervision.validation.title.required";
    public static final String KIND_REQUIRED = "supervision.validation.subjectKind.required";
    public static final String SUBJECT_UNIT_REQUIRED = "supervision.validation.subjectUnit.required";
    public static final String SUBJECT_REQUIRED = "supervision.validation.subject.required";
    public static final String FORM_REQUIRED = "supervision.validation.form.required";
    public static final String CONTENT_REQUIRED = "supervision.validation.content.required";
    public static final String ROUND_DAY = "supervision.validation.roundOn";
    public static final String TEAM_REQUIRED = "supervision.validation.team.required";
    public static final String TEAM_LINE = "supervision.validation.team.line";

    public ProgrammeDraft {
        title = title == null ? null : title.strip();
        subject = subject == null ? null : subject.strip();
        content = content == null ? null : content.strip();
        team = team == null ? List.of()
                : team.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
    }

    /** Every rule broken, in field order; the round may not be before {@code today}. */
    public List<Violation> validate(LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", UNIT_REQUIRED));
        }
        if (title == null || title.isEmpty() || title.length() > TITLE_MAX) {
            problems.add(Violation.of("title", TITLE_REQUIRED, TITLE_MAX));
        }
        if (subjectKind == null) {
            problems.add(Violation.of("subjectKind", KIND_REQUIRED));
        } else if (subjectKind == SubjectKind.UNIT && subjectUnitId == null) {
            problems.add(Violation.of("subjectUnitId", SUBJECT_UNIT_REQUIRED));
        }
        if (subject == null || subject.isEmpty() || subject.length() > TITLE_MAX) {
            problems.add(Violation.of("subject", SUBJECT_REQUIRED, TITLE_MAX));
        }
        if (form == null) {
            problems.add(Violation.of("form", FORM_REQUIRED));
        }
        if (content == null || content.isEmpty() || content.length() > TEXT_MAX) {
            problems.add(Violation.of("content", CONTENT_REQUIRED, TEXT_MAX));
        }
        if (roundOn == null || roundOn.isBefore(today)) {
            problems.add(Violation.of("roundOn", ROUND_DAY));
        }
        if (team.size() > TEAM_MAX || team.stream().anyMatch(m -> m.length() > LINE_MAX)) {
            problems.add(Violation.of("team", TEAM_LINE, TEAM_MAX, LINE_MAX));
        } else if (form == SupervisionForm.TEAM && team.isEmpty()) {
            problems.add(Violation.of("team", TEAM_REQUIRED));
        }
        return List.copyOf(problems);
    }
}
