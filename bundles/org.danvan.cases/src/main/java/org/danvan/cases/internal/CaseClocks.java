package org.danvan.cases.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.danvan.calendar.api.DayUnit;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.NextDue;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.ExtensionPolicy;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;

/**
 * Which statutory clock runs in which step, and the due dates it yields. The figures live in the {@link RuleTable};
 * this class only maps (kind, step) to a rule id and keeps on the case what a recomputation needs: rule, clock start,
 * variants and the days of every extension granted on the running clock.
 */
public final class CaseClocks {

    private final CaseContext context;

    CaseClocks(CaseContext context) {
        this.context = context;
    }

    /** The rule of the first clock, which runs from the received day. */
    static String intakeRule(CaseKind kind) {
        return switch (kind) {
            case COMPLAINT_FIRST -> "complaint.accept";
            case COMPLAINT_SECOND -> "complaint.second.accept";
            case DENUNCIATION -> "denunciation.classify";
            case INFO_REQUEST_IN_PERSON -> "info.inperson.provide";
            case INFO_REQUEST_ELECTRONIC -> "info.electronic.provide";
            case INFO_REQUEST_POST -> "info.post.provide";
            case VOTER_RECOMMENDATION -> "voter.answer";
            case RECOMMENDATION, REFLECTION, MIXED, OFFICIAL_CONDUCT_REPORT -> "petition.process";
        };
    }

    /** The step the first clock asks for. */
    static CaseAction intakeStep(CaseKind kind) {
        return kind.isComplaint() ? CaseAction.ACCEPT
                : kind == CaseKind.DENUNCIATION ? CaseAction.CLASSIFY : CaseAction.RESOLVE;
    }

    /** The rule of the resolution clock that starts on acceptance, or {@code null} if the first clock runs on. */
    static String acceptanceRule(CaseKind kind) {
        return switch (kind) {
            case COMPLAINT_FIRST -> "complaint.first.resolve";
            case COMPLAINT_SECOND -> "complaint.second.resolve";
            case DENUNCIATION -> "denunciation.accept.notify";
            default -> null;
        };
    }

    /** The rule of a denunciation's classification, whose extension needs a ground. */
    static final String CLASSIFICATION_RULE = "denunciation.classify";

    /** The rule of the clock for sending a suspension decision. */
    static final String SUSPENSION_NOTICE_RULE = "complaint.suspension.notify";

    /** Starts a clock: the due date is counted from {@code start} under the case's variants. */
    void start(CaseRecord record, CaseAction step, String ruleId, LocalDate start) {
        record.clockResumedOn = null;
        record.clockUsedDays = null;
        record.dueStep = step.name();
        record.dueRuleId = ruleId;
        record.clockStart = start;
        record.extensionDays = "";
        record.notifiedState = null;
        record.dueDate = context.rules().dueDate(ruleId, start, variants(record));
        record.dueState = dueState(record.dueDate).name();
    }

    /** Moves the step a running clock asks for, keeping the clock (e.g. classified, now due: accept). */
    void keep(CaseRecord record, CaseAction step) {
        record.dueStep = step.name();
    }

    /**
     * Suspends the running resolution clock on the decision day: the days it has used are kept (the decision day
     * counts, in the rule's unit), the clock is parked, and the clock for sending the decision starts.
     *
     * @throws ValidationException when no suspension rule is in force on that day (before Law 136/2025)
     */
    void suspend(CaseRecord record, LocalDate suspendedOn) {
        if (context.rules().rule(SUSPENSION_NOTICE_RULE, suspendedOn).isEmpty()) {
            throw ValidationException.of("decidedOn", "case.error.suspension.not-in-force");
        }
        StatutoryRule rule = context.rules().rule(record.dueRuleId, record.clockStart).orElseThrow();
        LocalDate segmentStart = record.clockResumedOn != null ? record.clockResumedOn : record.clockStart;
        int used = (record.clockUsedDays == null ? 0 : record.clockUsedDays)
                + counted(segmentStart, suspendedOn, rule.unit());
        String ruleId = record.dueRuleId;
        LocalDate clockStart = record.clockStart;
        String extensions = record.extensionDays;
        LocalDate due = record.dueDate;
        start(record, CaseAction.NOTIFY_SUSPENSION, SUSPENSION_NOTICE_RULE, suspendedOn);
        record.parkedRuleId = ruleId;
        record.parkedClockStart = clockStart;
        record.parkedExtensionDays = extensions;
        record.parkedDue = due;
        record.clockUsedDays = used;
        record.suspendedOn = suspendedOn;
    }

    /** The suspension decision was sent: its clock stops; the resolution clock stays parked. */
    void suspensionNotified(CaseRecord record) {
        record.dueStep = null;
        record.dueRuleId = null;
        record.clockStart = null;
        record.dueDate = null;
        record.extensionDays = null;
        record.dueState = DueState.NONE.name();
    }

    /**
     * Continues the parked resolution clock from the day after {@code resumedOn} with the days that remained; the
     * suspended days never count. A clock already past its due date when suspended keeps that due date.
     */
    void resume(CaseRecord record, LocalDate resumedOn) {
        int used = record.clockUsedDays == null ? 0 : record.clockUsedDays;
        LocalDate parkedDue = record.parkedDue;
        record.dueStep = CaseAction.RESOLVE.name();
        record.dueRuleId = record.parkedRuleId;
        record.clockStart = record.parkedClockStart;
        record.extensionDays = record.parkedExtensionDays;
        record.notifiedState = null;
        record.parkedRuleId = null;
        record.parkedClockStart = null;
        record.parkedExtensionDays = null;
        record.parkedDue = null;
        record.suspendedOn = null;
        record.clockResumedOn = resumedOn;
        record.clockUsedDays = used;
        LocalDate due = resumedDue(record);
        record.dueDate = due == null ? parkedDue : due;
        mark(record);
    }

    /** The due date of a continued clock, or null when no day remained at the suspension. */
    private LocalDate resumedDue(CaseRecord record) {
        StatutoryRule rule = context.rules().rule(record.dueRuleId, record.clockStart).orElseThrow();
        int total = rule.limit(variants(record)) + extensionDays(record).stream().mapToInt(Integer::intValue).sum();
        int remaining = total - (record.clockUsedDays == null ? 0 : record.clockUsedDays);
        if (remaining <= 0) {
            return null;
        }
        if (rule.unit() == DayUnit.WORKING_DAYS) {
            return context.calendar().addWorkingDays(record.clockResumedOn, remaining);
        }
        LocalDate day = record.clockResumedOn.plusDays(remaining);
        while (!context.calendar().isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The days in {@code (from, to]} in a unit; 0 when {@code to} is not after {@code from}. */
    private int counted(LocalDate from, LocalDate to, DayUnit unit) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (unit == DayUnit.CALENDAR_DAYS) {
            return (int) ChronoUnit.DAYS.between(from, to);
        }
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (context.calendar().isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    /** Stops the clock (the case is finished). */
    void stop(CaseRecord record) {
        record.suspendedOn = null;
        record.parkedRuleId = null;
        record.parkedClockStart = null;
        record.parkedExtensionDays = null;
        record.parkedDue = null;
        record.clockResumedOn = null;
        record.clockUsedDays = null;
        record.dueStep = null;
        record.dueRuleId = null;
        record.clockStart = null;
        record.dueDate = null;
        record.extensionDays = null;
        record.dueState = DueState.NONE.name();
    }

    /**
     * Extends the running clock within the rule's policy.
     *
     * @throws ValidationException when the policy allows no (further) extension of that length
     */
    void extend(CaseRecord record, Extension extension) {
        StatutoryRule rule = context.rules().rule(record.dueRuleId, record.clockStart)
                .orElseThrow(() -> ValidationException.of(null, "case.error.extension.not-allowed"));
        ExtensionPolicy policy = rule.extension();
        List<Integer> granted = extensionDays(record);
        Set<Variant> variants = variants(record);
        if (policy.maxExtensions() > 0 && policy.requiresComplex()
                && !Variant.normalized(variants).contains(Variant.COMPLEX)) {
            throw ValidationException.of(null, "case.error.extension.complex-only");
        }
        if (CLASSIFICATION_RULE.equals(record.dueRuleId) && extension.ground() == null) {
            // Law 25/2018 art. 24: only where checks are needed at several places or another body must verify
            throw ValidationException.of("ground", "case.error.extension.ground-required");
        }
        int allowed = policy.allowedExtensions(variants);
        if (granted.size() >= allowed) {
            throw ValidationException.of("days", "case.error.extension.limit", allowed);
        }
        if (extension.days() < 1 || extension.days() > policy.maxDaysEach()) {
            throw ValidationException.of("days", "case.error.extension.days", policy.maxDaysEach());
        }
        record.dueDate = context.rules().extendedDueDate(record.dueRuleId, record.clockStart, record.dueDate,
                granted.size(), extension.days(), variants(record));
        granted.add(extension.days());
        record.extensionDays = join(granted);
        mark(record);
    }

    /** Recomputes the due date of the running clock (after a calendar change); returns whether it changed. */
    boolean recompute(CaseRecord record) {
        LocalDate due = recomputedDue(record);
        if (due == null) {
            return false;
        }
        boolean changed = !due.equals(record.dueDate);
        record.dueDate = due;
        mark(record);
        return changed;
    }

    /**
     * The due date the running clock has on this engine's calendar and rules, without changing the record; null when
     * no clock runs or a continued clock had no day left (it keeps its due date).
     */
    LocalDate recomputedDue(CaseRecord record) {
        if (record.dueRuleId == null) {
            return null;
        }
        if (record.clockResumedOn != null && record.suspendedOn == null) {
            // a continued clock: the remaining days from the continuation day (extensions are in the total)
            return resumedDue(record);
        }
        Set<Variant> variants = variants(record);
        LocalDate due = context.rules().dueDate(record.dueRuleId, record.clockStart, variants);
        List<Integer> granted = extensionDays(record);
        for (int i = 0; i < granted.size(); i++) {
            due = context.rules().extendedDueDate(record.dueRuleId, record.clockStart, due, i, granted.get(i),
                    variants);
        }
        return due;
    }

    /** Marks the due state after the due date moved; a clock back on time may be notified again later. */
    private void mark(CaseRecord record) {
        DueState state = dueState(record.dueDate);
        record.dueState = state.name();
        if (state == DueState.ON_TIME) {
            record.notifiedState = null;
        }
    }

    /** The rule of the discipline limit for petitions left unprocessed. */
    static final String UNPROCESSED_RULE = "petition.unprocessed";

    /**
     * The last received day of a petition that is, today, unprocessed beyond the limit of {@value #UNPROCESSED_RULE}
     * (its due date counted from the received day is before today); a petition received before the rule came into
     * force is counted from that day. Null when no petition can be (the rule is not yet in force long enough).
     */
    LocalDate unprocessedReceivedOnOrBefore() {
        List<StatutoryRule> history = context.rules().history(UNPROCESSED_RULE);
        if (history.isEmpty()) {
            return null;
        }
        LocalDate firstDay = history.get(0).effectiveFrom();
        LocalDate today = context.today();
        for (LocalDate day = today.minusDays(1); !day.isBefore(firstDay); day = day.minusDays(1)) {
            if (context.rules().dueDate(UNPROCESSED_RULE, day, Set.of()).isBefore(today)) {
                return day;
            }
        }
        return null;
    }

    /** Where a due date stands today. */
    DueState dueState(LocalDate dueDate) {
        if (dueDate == null) {
            return DueState.NONE;
        }
        LocalDate today = context.today();
        if (dueDate.isBefore(today)) {
            return DueState.OVERDUE;
        }
        return dueDate.isAfter(nearDueLimit()) ? DueState.ON_TIME : DueState.NEAR_DUE;
    }

    /** The last due date that counts as near due today. */
    LocalDate nearDueLimit() {
        return context.calendar().addWorkingDays(context.today(), context.settings().nearDueWorkingDays());
    }

    /** The running clock for a detail view, or {@code null}. */
    NextDue nextDue(CaseRecord record) {
        if (record.dueRuleId == null) {
            return null;
        }
        String citation = context.rules().rule(record.dueRuleId, record.clockStart).map(StatutoryRule::citation)
                .orElse(null);
        return new NextDue(CaseAction.valueOf(record.dueStep), record.dueRuleId, citation, record.clockStart,
                record.dueDate, extensionDays(record).size());
    }

    static Set<Variant> variants(CaseRecord record) {
        Set<Variant> variants = EnumSet.noneOf(Variant.class);
        if (record.variants != null && !record.variants.isBlank()) {
            for (String name : record.variants.split(",")) {
                variants.add(Variant.valueOf(name));
            }
        }
        return variants;
    }

    static String variantsText(Set<Variant> variants) {
        List<String> names = new ArrayList<>();
        for (Variant variant : Variant.values()) {
            if (variants.contains(variant)) {
                names.add(variant.name());
            }
        }
        return String.join(",", names);
    }

    private static List<Integer> extensionDays(CaseRecord record) {
        List<Integer> days = new ArrayList<>();
        if (record.extensionDays != null && !record.extensionDays.isBlank()) {
            for (String part : record.extensionDays.split(",")) {
                days.add(Integer.parseInt(part));
            }
        }
        return days;
    }

    private static String join(List<Integer> days) {
        StringBuilder text = new StringBuilder();
        for (Integer day : days) {
            text.append(text.isEmpty() ? "" : ",").append(day);
        }
        return text.toString();
    }
}
