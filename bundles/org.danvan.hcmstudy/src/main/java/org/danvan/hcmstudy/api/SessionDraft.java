package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A study session to plan.
 *
 * @param programmeId the programme; required
 * @param plannedOn the day; required, within the programme's year
 * @param topic required, at most {@value #TOPIC_MAX} characters
 * @param presenter who presents, at most {@value #PRESENTER_MAX} characters; required
 * @param makeUpOf a held session of the same programme this one makes up for, or {@code null}
 */
public record SessionDraft(Long programmeId, LocalDate plannedOn, String topic, String presenter, Long makeUpOf) {

    public static final int TOPIC_MAX = 300;
    public static final int PRESENTER_MAX = 200;

    public static final String PROGRAMME_REQUIRED = "hcmstudy.validation.session.programme";
    public static final String DAY_IN_YEAR = "hcmstudy.validation.session.day";
    public static final String TOPIC_REQUIRED = "hcmstudy.validation.session.topic";
    public static final String PRESENTER_REQUIRED = "hcmstudy.validation.session.presenter";
    public static final String MAKE_UP_OF = "hcmstudy.validation.session.makeUpOf";

    public SessionDraft {
        topic = topic == null ? null : topic.strip();
        presenter = presenter == null ? null : presenter.strip();
    }

    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (programmeId == null) {
            problems.add(Violation.of("programmeId", PROGRAMME_REQUIRED));
        }
        if (plannedOn == null) {
            problems.add(Violation.of("plannedOn", DAY_IN_YEAR));
        }
        if (topic == null || topic.isEmpty() || topic.length() > TOPIC_MAX) {
            problems.add(Violation.of("topic", TOPIC_REQUIRED, TOPIC_MAX));
        }
        if (presenter == null || presenter.isEmpty() || presenter.length() > PRESENTER_MAX) {
            problems.add(Violation.of("presenter", PRESENTER_REQUIRED, PRESENTER_MAX));
        }
        return List.copyOf(problems);
    }
}
