package org.danvan.grassroots.api;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A comment as someone writes it: staff typing one from a meeting or a letter, or a citizen on the public page.
 *
 * @param text required, at most {@value #TEXT_MAX_LENGTH} characters
 * @param authorName optional, at most {@value #NAME_MAX_LENGTH} characters
 * @param contact optional (telephone, e-mail, address), at most {@value #NAME_MAX_LENGTH} characters; staff only
 */
public record CommentDraft(String text, String authorName, String contact) {

    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int NAME_MAX_LENGTH = 200;

    public static final String TEXT_REQUIRED = "grassroots.validation.comment.text.required";
    public static final String TEXT_TOO_LONG = "grassroots.validation.comment.text.tooLong";
    public static final String NAME_TOO_LONG = "grassroots.validation.comment.name.tooLong";
    public static final String CONTACT_TOO_LONG = "grassroots.validation.comment.contact.tooLong";

    public CommentDraft {
        text = text == null ? null : text.strip();
        authorName = authorName == null || authorName.isBlank() ? null : authorName.strip();
        contact = contact == null || contact.isBlank() ? null : contact.strip();
    }

    /** Every rule broken, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            problems.add(Violation.of("text", TEXT_REQUIRED));
        } else if (text.length() > TEXT_MAX_LENGTH) {
            problems.add(Violation.of("text", TEXT_TOO_LONG, TEXT_MAX_LENGTH));
        }
        if (authorName != null && authorName.length() > NAME_MAX_LENGTH) {
            problems.add(Violation.of("authorName", NAME_TOO_LONG, NAME_MAX_LENGTH));
        }
        if (contact != null && contact.length() > NAME_MAX_LENGTH) {
            problems.add(Violation.of("contact", CONTACT_TOO_LONG, NAME_MAX_LENGTH));
        }
        return List.copyOf(problems);
    }
}
