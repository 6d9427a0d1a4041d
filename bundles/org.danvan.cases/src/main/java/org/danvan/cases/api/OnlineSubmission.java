package org.danvan.cases.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A citizen's submission through the public online form.
 *
 * @param unitId the commune (or other unit) it is addressed to
 * @param kind what the citizen says it is (classification may change it)
 * @param petitioner who writes; {@code null} for an anonymous denunciation (allowed for denunciations only)
 * @param content what the citizen writes
 * @param receivedOn the legal day of receipt: the submission day, or the next working day when it arrived outside
 *            office hours and the rule in force says so (the caller computes it)
 * @param consentVersion the version of the personal-data consent text the citizen agreed to (Law 91/2025), kept with
 *            the intake step; required
 * @param files the attached files, may be empty
 * @param language the language the citizen used on the form ({@code vi}, {@code en} or {@code fr}; anything else is
 *            taken as {@code vi}): the milestone mails are written in it
 * @param milestoneMails whether the citizen asked, on the form, to receive the case's milestones by e-mail at the
 *            petitioner's address (never for an anonymous submission, which has none)
 * @since 1.3.0
 */
public record OnlineSubmission(long unitId, CaseKind kind, PersonData petitioner, String content,
        LocalDate receivedOn, String consentVersion, List<OnlineFile> files, String language,
        boolean milestoneMails) {

    public OnlineSubmission {
        files = files == null ? List.of() : List.copyOf(files);
        language = language == null || language.isBlank() ? "vi" : language.strip();
    }

    /** A submission in Vietnamese without milestone mails. */
    public OnlineSubmission(long unitId, CaseKind kind, PersonData petitioner, String content, LocalDate receivedOn,
            String consentVersion, List<OnlineFile> files) {
        this(unitId, kind, petitioner, content, receivedOn, consentVersion, files, "vi", false);
    }

    /**
     * One attached file, already size-limited by the caller.
     *
     * @param fileName the name as uploaded
     * @param content the bytes
     */
    public record OnlineFile(String fileName, byte[] content) {

        public OnlineFile {
            content = content == null ? null : content.clone();
        }

        @Override
        public byte[] content() {
            return content == null ? null : content.clone();
        }
    }
}
