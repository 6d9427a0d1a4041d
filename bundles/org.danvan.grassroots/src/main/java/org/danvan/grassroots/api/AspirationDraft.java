package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * A staff aspiration to record. When {@code anonymous}, the author is dropped here, before anything is stored or
 * audited: an anonymous aspiration has no author anywhere.
 *
 * @param content the aspiration, at most {@value #TEXT_MAX_LENGTH} characters
 * @param author who raised it; required unless anonymous, at most {@value #AUTHOR_MAX_LENGTH} characters
 * @param anonymous whether the person wishes to stay anonymous
 * @param recipient whom it is forwarded to; required
 * @param forwardedOn the day forwarded; required (not after today, not before the conference: checked by the service)
 * @param dueOn the day the answer is due; after {@code forwardedOn}
 */
public record AspirationDraft(String content, String author, boolean anonymous, AspirationRecipient recipient,
        LocalDate forwardedOn, LocalDate dueOn) {

    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int AUTHOR_MAX_LENGTH = 200;
    /** Argument: the longest text. */
    public static final String CONTENT = "grassroots.validation.aspiration.content";
    /** Argument: the longest name. */
    public static final String AUTHOR = "grassroots.validation.aspiration.author";
    public static final String RECIPIENT = "grassroots.validation.aspiration.recipient";
    public static final String FORWARDED_ON = "grassroots.validation.aspiration.forwardedOn";
    public static final String DUE_ON = "grassroots.validation.aspiration.dueOn";

    public AspirationDraft {
        content = content == null ? "" : content.strip();
        author = anonymous || author == null || author.isBlank() ? null : author.strip();
    }

    /** Every rule broken that needs neither the database nor today, in field order. */
    public List<Violation> validate() {
        List<Violation> problems = new ArrayList<>();
        if (content.isEmpty() || content.length() > TEXT_MAX_LENGTH) {
            problems.add(Violation.of("content", CONTENT, TEXT_MAX_LENGTH));
        }
        if (!anonymous && (author == null || author.length() > AUTHOR_MAX_LENGTH)) {
            problems.add(Violation.of("author", AUTHOR, AUTHOR_MAX_LENGTH));
        }
        if (recipient == null) {
            problems.add(Violation.of("recipient", RECIPIENT));
        }
        if (forwardedOn == null) {
            problems.add(Violation.of("forwardedOn", FORWARDED_ON));
        }
        if (dueOn == null || forwardedOn != null && !dueOn.isAfter(forwardedOn)) {
            problems.add(Violation.of("dueOn", DUE_ON));
        }
        return List.copyOf(problems);
    }
}
