package org.danvan.grassroots.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.grassroots.api.MatterFlag;
import org.danvan.grassroots.api.MatterState;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;

/** The rules of matters the people decide (Law 10/2022, arts. 16–20), every figure read from the rule table. */
final class DecisionRules {

    static final String NOTICE = "grassroots.meeting.notice";
    static final String RECORD = "grassroots.decision.record";
    static final String APPROVAL = "grassroots.decision.approval";
    static final String INITIATIVE_SHARE = "grassroots.initiative.share";
    static final String INITIATIVE_VALIDITY = "grassroots.initiative.validity";

    private final RuleTable rules;

    DecisionRules(RuleTable rules) {
        this.rules = rules;
    }

    /** The last day a meeting may be announced. */
    LocalDate noticeLatest(LocalDate meetingOn) {
        return rules.latestDayBefore(NOTICE, meetingOn, Set.of());
    }

    /** The last day the record of a count may be sent. */
    LocalDate recordDue(LocalDate decidedOn) {
        return rules.dueDate(RECORD, decidedOn, Set.of());
    }

    /** The approval share in force for a meeting on a day; empty before the law applied. */
    Optional<RuleFigure> approval(LocalDate meetingOn) {
        return rules.figure(APPROVAL, meetingOn);
    }

    /**
     * The option chosen by MORE than the approval share of all the households, or {@code null}: 61 of 120 passes
     * at 50 %, 60 of 120 does not.
     */
    static Integer passedOption(List<Integer> votes, int households, BigDecimal approvalPercent) {
        BigDecimal needed = approvalPercent.multiply(BigDecimal.valueOf(households));
        for (int i = 0; i < votes.size(); i++) {
            if (BigDecimal.valueOf(votes.get(i)).multiply(BigDecimal.valueOf(100)).compareTo(needed) > 0) {
                return i;
            }
        }
        return null;
    }

    /** What is wrong with a matter today. */
    Set<MatterFlag> flags(MatterEntity m, LocalDate today) {
        Set<MatterFlag> flags = EnumSet.noneOf(MatterFlag.class);
        if (m.getNoticeOn() != null && m.getNoticeOn().isAfter(m.getNoticeLatestOn())) {
            flags.add(MatterFlag.NOTICE_LATE);
        }
        if (m.getInitiativeHouseholds() != null && m.getInitiativeOn() != null) {
            rules.figure(INITIATIVE_SHARE, m.getInitiativeOn()).ifPresent(share -> {
                if (BigDecimal.valueOf(m.getInitiativeHouseholds()).multiply(BigDecimal.valueOf(100))
                        .compareTo(share.value().multiply(BigDecimal.valueOf(m.getHouseholds()))) < 0) {
                    flags.add(MatterFlag.INITIATIVE_SHORT);
                }
            });
            rules.figure(INITIATIVE_VALIDITY, m.getInitiativeOn()).ifPresent(months -> {
                if (m.getMeetingOn().isAfter(m.getInitiativeOn().plusMonths(months.intValue()))) {
                    flags.add(MatterFlag.INITIATIVE_EXPIRED);
                }
            });
        }
        if (m.getRecordDueBy() != null) {
            LocalDate sentOrToday = m.getState().recordSent() ? m.getRecordSentOn() : today;
            if (sentOrToday.isAfter(m.getRecordDueBy())) {
                flags.add(MatterFlag.RECORD_LATE);
            }
        }
        return flags;
    }
}
