package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * An opinion of the people on building the Party and the government, gathered by the Front or an organisation.
 *
 * @param unitId the unit that gathered it; required
 * @param subject whether it concerns the Party or the government; required
 * @param source where it was gathered (a meeting, a contact with voters, a village), at most {@value #SOURCE_MAX}
 * @param content the opinion, at most {@value #CONTENT_MAX} characters; required
 * @param gatheredOn the day it was gathered; required, not after today
 */
public record PeopleOpinionDraft(Long unitId, OpinionSubject subject, String source, String content,
        LocalDate gatheredOn) {

    public static final int SOURCE_MAX = 300;
    public static final int CONTENT_MAX = 4000;

    public static final String SUBJECT_REQUIRED = "supervision.validation.people.subject";
    public static final String SOURCE_REQUIRED = "supervision.validation.people.source";
    public static final String CONTENT_REQUIRED = "supervision.validation.people.content";
    public static final String GATHERED_DAY = "supervision.validation.people.gatheredOn";

    public PeopleOpinionDraft {
        source = source == null ? null : source.strip();
        content = content == null ? null : content.strip();
    }

    /** Every rule broken, in field order. */
    public List<Violation> validate(LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", ProgrammeDraft.UNIT_REQUIRED));
        }
        if (subject == null) {
            problems.add(Violation.of("subject", SUBJECT_REQUIRED));
        }
        if (source == null || source.isEmpty() || source.length() > SOURCE_MAX) {
            problems.add(Violation.of("source", SOURCE_REQUIRED, SOURCE_MAX));
        }
        if (content == null || content.isEmpty() || content.length() > CONTENT_MAX) {
            problems.add(Violation.of("content", CONTENT_REQUIRED, CONTENT_MAX));
        }
        if (gatheredOn == null || gatheredOn.isAfter(today)) {
            problems.add(Violation.of("gatheredOn", GATHERED_DAY));
        }
        return List.copyOf(problems);
    }
}
