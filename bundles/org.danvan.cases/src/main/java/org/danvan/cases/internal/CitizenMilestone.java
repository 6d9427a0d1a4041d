package org.danvan.cases.internal;

import java.util.Locale;

import org.danvan.cases.api.CaseAction;

/**
 * The steps of a case a citizen who left an e-mail is told about. Where the law requires a written notice (the
 * acceptance of a complaint, Law 02/2011 art. 27; of a denunciation, Law 25/2018 art. 29; an extension of a
 * denunciation's resolution, Law 25/2018 art. 30; a suspension and its continuation, Law 136/2025 art. 2 (new
 * art. 11a of Law 02/2011); returning a petition with guidance, Circular 05/2021/TT-TTCP) the mail does not replace
 * it — it says so — it tells the citizen early and points to the status page. Steps inside the office (classifying,
 * assigning, comments, attachments) are not milestones.
 */
enum CitizenMilestone {
    RECEIVED, ACCEPTED, RETURNED, TRANSFERRED, EXTENDED, SUSPENDED, CONTINUED, TERMINATED, RESOLVED, CLOSED;

    /** The milestone a step is, or {@code null}. */
    static CitizenMilestone of(CaseAction action) {
        return switch (action) {
        case ACCEPT -> ACCEPTED;
        case RETURN_AND_GUIDE -> RETURNED;
        case TRANSFER -> TRANSFERRED;
        case EXTEND -> EXTENDED;
        case SUSPEND -> SUSPENDED;
        case CONTINUE -> CONTINUED;
        case TERMINATE -> TERMINATED;
        case RESOLVE -> RESOLVED;
        case CLOSE -> CLOSED;
        default -> null;
        };
    }

    /** The translation key stem: {@code case.citizenMail.<stem>.*}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
