package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.ContentGroup;
import org.danvan.grassroots.api.DisclosureFlag;
import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.Posting;
import org.danvan.rules.api.RuleTable;

/** The time rules of disclosure (Law 10/2022, arts. 12–13), every figure read from the rule table. */
final class DisclosureRules {

    static final String START = "grassroots.disclosure.start";
    static final String POSTING_MINIMUM = "grassroots.posting.minimum";
    static final String LOUDSPEAKER_MINIMUM = "grassroots.loudspeaker.minimum";

    private final RuleTable rules;

    DisclosureRules(RuleTable rules) {
        this.rules = rules;
    }

    /** The last day a disclosure of a decision may start. */
    LocalDate startDue(LocalDate decidedOn) {
        return rules.dueDate(START, decidedOn, Set.of());
    }

    /** What is wrong with a disclosure, the minimums being those in force on the day of the decision. */
    Set<DisclosureFlag> flags(ContentGroup group, LocalDate decidedOn, LocalDate startDueBy, List<Posting> postings) {
        Set<DisclosureFlag> flags = EnumSet.noneOf(DisclosureFlag.class);
        LocalDate firstStart = postings.stream().map(Posting::startOn).min(LocalDate::compareTo).orElse(null);
        if (firstStart == null || firstStart.isAfter(startDueBy)) {
            flags.add(DisclosureFlag.LATE_START);
        }
        int postingMinimum = rules.limit(POSTING_MINIMUM, decidedOn, Set.of());
        int loudspeakerMinimum = rules.limit(LOUDSPEAKER_MINIMUM, decidedOn, Set.of());
        boolean loudspeaker = false;
        for (Posting posting : postings) {
            if (posting.form().posted() && posting.days() != null
                    && (group.permanent() || posting.days() < postingMinimum)) {
                flags.add(DisclosureFlag.REMOVED_EARLY);
            }
            if (posting.form() == DisclosureForm.LOUDSPEAKER) {
                loudspeaker = true;
                if (posting.days() != null && posting.days() < loudspeakerMinimum) {
                    flags.add(DisclosureFlag.LOUDSPEAKER_TOO_SHORT);
                }
            }
        }
        if (group.loudspeaker() && !loudspeaker) {
            flags.add(DisclosureFlag.LOUDSPEAKER_MISSING);
        }
        return flags;
    }
}
