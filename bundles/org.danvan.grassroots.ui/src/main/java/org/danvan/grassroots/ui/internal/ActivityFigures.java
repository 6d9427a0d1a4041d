package org.danvan.grassroots.ui.internal;

import java.time.LocalDate;
import java.util.Set;

import org.danvan.grassroots.api.AgencyConference;
import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.Aspiration;
import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.CommunityMeeting;
import org.danvan.grassroots.api.CommunityMeetingKind;
import org.danvan.grassroots.api.Consultation;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.Recommendation;
import org.danvan.grassroots.api.SteeringCommittee;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.Translate;

/**
 * The commune dashboard's other figures for a unit (and the units below it) in a period, beside disclosures and
 * matters: comments answered (consultations closed in the period whose explanation is published), board activity
 * (recommendations sent, answered, late; rounds ended), staff aspirations (forwarded, answered, late), the dialogue
 * conferences and year-end meetings held, and the Steering Committees' follow-up tasks open and late today.
 */
record ActivityFigures(long consultationsClosed, long consultationsExplained, long recommendationsSent,
        long recommendationsAnswered, long recommendationsLate, long rounds, long aspirations,
        long aspirationsAnswered, long aspirationsLate, long dialogues, long yearEndMeetings, long openTasks,
        long lateTasks) {

    static final ActivityFigures NONE = new ActivityFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Gathers the figures through the services, which decide what the user may read. */
    static ActivityFigures gather(Set<Long> units, LocalDate from, LocalDate to, LocalDate today,
            ConsultationService consultations, BoardService boards, AgencyService agencies,
            SteeringService steering, UserPrincipal user) {
        long closed = 0;
        long explained = 0;
        for (Consultation c : consultations.list(user)) {
            if (units.contains(c.unitId()) && within(c.closesOn(), from, to)) {
                closed++;
                explained += c.explainedOn() == null ? 0 : 1;
            }
        }
        long sent = 0;
        long answered = 0;
        long late = 0;
        long rounds = 0;
        for (Board b : boards.boards(user)) {
            if (!units.contains(b.unitId())) {
                continue;
            }
            for (Recommendation r : boards.recommendations(b.id(), user)) {
                if (within(r.sentOn(), from, to)) {
                    sent++;
                    answered += r.answeredOn() == null ? 0 : 1;
                    late += r.isLateOn(today) ? 1 : 0;
                }
            }
            rounds += boards.rounds(b.id(), user).stream().filter(r -> within(r.endedOn(), from, to)).count();
        }
        long aspirations = 0;
        long aspirationsAnswered = 0;
        long aspirationsLate = 0;
        for (AgencyConference c : agencies.conferences(user)) {
            if (!units.contains(c.unitId())) {
                continue;
            }
            for (Aspiration a : agencies.aspirations(c.id(), user)) {
                if (within(a.forwardedOn(), from, to)) {
                    aspirations++;
                    aspirationsAnswered += a.answeredOn() == null ? 0 : 1;
                    aspirationsLate += a.isLateOn(today) ? 1 : 0;
                }
            }
        }
        long dialogues = 0;
        long yearEnd = 0;
        for (CommunityMeeting m : boards.meetings(user)) {
            if (units.contains(m.unitId()) && within(m.heldOn(), from, to)) {
                dialogues += m.kind() == CommunityMeetingKind.DIALOGUE_CONFERENCE ? 1 : 0;
                yearEnd += m.kind() == CommunityMeetingKind.YEAR_END_MEETING ? 1 : 0;
            }
        }
        long openTasks = 0;
        long lateTasks = 0;
        for (SteeringCommittee c : steering.committees(user)) {
            if (units.contains(c.unitId())) {
                openTasks += c.openTasks();
                lateTasks += c.lateTasks();
            }
        }
        return new ActivityFigures(closed, explained, sent, answered, late, rounds, aspirations, aspirationsAnswered,
                aspirationsLate, dialogues, yearEnd, openTasks, lateTasks);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The dashboard's sentence. */
    String summary(Translate t) {
        return t.text("grassroots.ui.report.activity", consultationsClosed, consultationsExplained,
                recommendationsSent, recommendationsAnswered, recommendationsLate, rounds, aspirations,
                aspirationsAnswered, aspirationsLate, dialogues, yearEndMeetings, openTasks, lateTasks);
    }
}
