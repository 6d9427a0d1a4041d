package org.danvan.grassroots.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A matter the people decide, as stored, with the rules' verdicts.
 *
 * @param id database id
 * @param version optimistic-lock version
 * @param unitId the village
 * @param unitName its name when recorded
 * @param title the matter
 * @param way how the households decide
 * @param options the options, with their votes once counted
 * @param households the village's households
 * @param meetingOn day of the meeting or ballot
 * @param noticeOn day it was announced, or {@code null}
 * @param noticeLatestOn the last day the announcement was on time
 * @param initiativeHouseholds households that asked for it, or {@code null}
 * @param initiativeOn the day they asked, or {@code null}
 * @param state where it stands
 * @param householdsTakingPart households that voted, or {@code null} before the count
 * @param decidedOn the day of the count, or {@code null}
 * @param passedOption index of the option more than the approval share of all households chose, or {@code null}
 *            (none did, or not counted yet)
 * @param approvalPercent the share of households an option must exceed (the rule in force on the meeting day)
 * @param approvalCitation where that share comes from
 * @param recordDueBy the last day the record may be sent (stored when counted), or {@code null}
 * @param recordSentOn when it was sent, or {@code null}
 * @param flags what the rules find wrong
 * @param recognisedOn the day the commune People's Committee chairman recognised the decision or refused to, or
 *            {@code null}
 * @param recognitionReference number and symbol of the commune's decision recognising it, or {@code null}
 * @param recognitionReason why recognition was refused, or {@code null}
 * @since 1.2
 */
public record Matter(long id, long version, long unitId, String unitName, String title, DecisionWay way,
        List<MatterOption> options, int households, LocalDate meetingOn, LocalDate noticeOn, LocalDate noticeLatestOn,
        Integer initiativeHouseholds, LocalDate initiativeOn, MatterState state, Integer householdsTakingPart,
        LocalDate decidedOn, Integer passedOption, BigDecimal approvalPercent, String approvalCitation,
        LocalDate recordDueBy, LocalDate recordSentOn, Set<MatterFlag> flags, LocalDate recognisedOn,
        String recognitionReference, String recognitionReason) {

    public Matter {
        options = List.copyOf(options);
        flags = Set.copyOf(flags);
    }

    /** A matter the commune has not answered (the record as of version 1.1 of this package). */
    public Matter(long id, long version, long unitId, String unitName, String title, DecisionWay way,
            List<MatterOption> options, int households, LocalDate meetingOn, LocalDate noticeOn,
            LocalDate noticeLatestOn, Integer initiativeHouseholds, LocalDate initiativeOn, MatterState state,
            Integer householdsTakingPart, LocalDate decidedOn, Integer passedOption, BigDecimal approvalPercent,
            String approvalCitation, LocalDate recordDueBy, LocalDate recordSentOn, Set<MatterFlag> flags) {
        this(id, version, unitId, unitName, title, way, options, households, meetingOn, noticeOn, noticeLatestOn,
                initiativeHouseholds, initiativeOn, state, householdsTakingPart, decidedOn, passedOption,
                approvalPercent, approvalCitation, recordDueBy, recordSentOn, flags, null, null, null);
    }

    /** Whether an option passed. */
    public boolean passed() {
        return passedOption != null;
    }

    /** Turnout in percent of the households (0 before the count), rounded down to a tenth. */
    public BigDecimal turnoutPercent() {
        if (householdsTakingPart == null) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(householdsTakingPart * 1000L / households, 1);
    }
}
