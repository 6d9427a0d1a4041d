package ${package}.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * What a user writes for a new or changed entry.
 *
 * @param title required, at most {@value #TITLE_MAX_LENGTH} characters (surrounding spaces do not count)
 * @param happenedOn required, not after today
 * @param note optional, at most {@value #NOTE_MAX_LENGTH} characters
 */
public record EntryDraft(String title, LocalDate happenedOn, String note) {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int NOTE_MAX_LENGTH = 2000;

    public static final String TITLE_REQUIRED = "${moduleId}.validation.title.required";
    public static final String TITLE_TOO_LONG = "${moduleId}.validation.title.tooLong";
    public static final String DAY_REQUIRED = "${moduleId}.validation.happenedOn.required";
    public static final String DAY_IN_FUTURE = "${moduleId}.validation.happenedOn.future";
    public static final String NOTE_TOO_LONG = "${moduleId}.validation.note.tooLong";

    /** Title and note without surrounding white space; an empty note is none. */
    public EntryDraft {
        title = title == null ? null : title.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * Checks the draft against today's date in Vietnam.
     *
     * @return every rule broken, in field order, each naming its field; empty when the draft is valid
     */
    public List<Violation> validate(LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            problems.add(Violation.of("title", TITLE_REQUIRED));
        } else if (title.length() > TITLE_MAX_LENGTH) {
            problems.add(Violation.of("title", TITLE_TOO_LONG, TITLE_MAX_LENGTH));
        }
        if (happenedOn == null) {
            problems.add(Violation.of("happenedOn", DAY_REQUIRED));
        } else if (happenedOn.isAfter(today)) {
            problems.add(Violation.of("happenedOn", DAY_IN_FUTURE));
        }
        if (note != null && note.length() > NOTE_MAX_LENGTH) {
            problems.add(Violation.of("note", NOTE_TOO_LONG, NOTE_MAX_LENGTH));
        }
        return List.copyOf(problems);
    }
}
