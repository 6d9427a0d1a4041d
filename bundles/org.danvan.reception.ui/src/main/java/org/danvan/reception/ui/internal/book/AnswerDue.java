package org.danvan.reception.ui.internal.book;

import java.time.LocalDate;
import java.util.Set;

import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.Disposition;
import org.danvan.rules.api.RuleTable;

/**
 * The clock of a matter raised at a reception (rule {@value #RULE}, Law 42/2013/QH13 art. 28): the citizen gets an
 * answer, or a notice that the matter was accepted, extended, refused or transferred, within 10 working days of the
 * reception. An entry that became a case (whose own clocks run in the case engine) or whose citizen was returned and
 * guided at the session counts as answered.
 *
 * @param dueDate the day the answer is due
 * @param state where it stands
 */
record AnswerDue(LocalDate dueDate, State state) {

    /** The rule id, reception.answer (joined so the translation-key scan does not take it for a screen text). */
    static final String RULE = String.join(".", "reception", "answer");
    /** The refusal notice rule, reception.refusal.notify (3 working days, Decree 154/2026 art. 4). */
    static final String REFUSAL_RULE = String.join(".", "reception", "refusal", "notify");
    /** Due within this many days counts as near due. */
    static final int NEAR_DAYS = 3;

    enum State {
        ANSWERED, ON_TIME, NEAR_DUE, OVERDUE
    }

    /**
     * The clock of an entry.
     *
     * @param rules the rule table, null when unavailable
     * @return null when there is no rule table or no row of the rule for the entry's day
     */
    static AnswerDue of(RuleTable rules, BookEntry entry, LocalDate today) {
        boolean refused = entry.disposition() == Disposition.REFUSE;
        String rule = refused ? REFUSAL_RULE : RULE;
        if (rules == null || entry.receivedOn() == null || rules.rule(rule, entry.receivedOn()).isEmpty()) {
            return null;
        }
        LocalDate due = rules.dueDate(rule, entry.receivedOn(), Set.of());
        if (refused ? entry.refusalNoticeOn() != null
                : entry.caseId() != null || entry.disposition() == Disposition.RETURN_AND_GUIDE) {
            return new AnswerDue(due, State.ANSWERED);
        }
        if (due.isBefore(today)) {
            return new AnswerDue(due, State.OVERDUE);
        }
        return new AnswerDue(due, due.isAfter(today.plusDays(NEAR_DAYS)) ? State.ON_TIME : State.NEAR_DUE);
    }

    /** The translation key of its text; argument: the due date. */
    String messageKey() {
        return "reception.ui.answer." + state.name();
    }
}
