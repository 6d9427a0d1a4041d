package org.danvan.noticeboard.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * What a publisher writes: the content of a new or edited notice.
 *
 * @param title title, required, at most {@value #TITLE_MAX_LENGTH} characters (surrounding spaces do not count)
 * @param body text, required, at most {@value #BODY_MAX_LENGTH} characters
 * @param publishFrom first day the notice is shown, required
 * @param expiresOn last day the notice is shown, or {@code null} for no end; not before {@code publishFrom}
 */
public record NoticeDraft(String title, String body, LocalDate publishFrom, LocalDate expiresOn) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int BODY_MAX_LENGTH = 10_000;

    public static final String TITLE_REQUIRED = "noticeboard.validation.title.required";
    public static final String TITLE_TOO_LONG = "noticeboard.validation.title.tooLong";
    public static final String BODY_REQUIRED = "noticeboard.validation.body.required";
    public static final String BODY_TOO_LONG = "noticeboard.validation.body.tooLong";
    public static final String PUBLISH_FROM_REQUIRED = "noticeboard.validation.publishFrom.required";
    public static final String EXPIRES_BEFORE_PUBLISH = "noticeboard.validation.expiresOn.beforePublishFrom";

    /** Title and body without surrounding white space, as they are stored. */
    public NoticeDraft {
        title = title == null ? null : title.strip();
        body = body == null ? null : body.strip();
    }

    /**
     * Checks the draft.
     *
     * @return every rule the draft breaks, in field order, each naming its field ({@code title}, {@code body},
     *         {@code publishFrom}, {@code expiresOn}) and its translation key (the constants of this record); empty
     *         when the draft is valid
     */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            problems.add(Violation.of("title", TITLE_REQUIRED));
        } else if (title.length() > TITLE_MAX_LENGTH) {
            problems.add(Violation.of("title", TITLE_TOO_LONG));
        }
        if (body == null || body.isEmpty()) {
            problems.add(Violation.of("body", BODY_REQUIRED));
        } else if (body.length() > BODY_MAX_LENGTH) {
            problems.add(Violation.of("body", BODY_TOO_LONG));
        }
        if (publishFrom == null) {
            problems.add(Violation.of("publishFrom", PUBLISH_FROM_REQUIRED));
        } else if (expiresOn != null && expiresOn.isBefore(publishFrom)) {
            problems.add(Violation.of("expiresOn", EXPIRES_BEFORE_PUBLISH));
        }
        return List.copyOf(problems);
    }
}
