package org.danvan.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    /** Starts a clock: the due date is counted from {@code start} under the case's variants. */
    void start(CaseRecord record, CaseAction step, String ruleId, LocalDate start) {
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

    /** Stops the clock (the case is finished). */
    void stop(CaseRecord record) {
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
        if (record.dueRuleId == null) {
            return false;
        }
        Set<Variant> variants = variants(record);
        LocalDate due = context.rules().dueDate(record.dueRuleId, record.clockStart, variants);
        List<Integer> granted = extensionDays(record);
        for (int i = 0; i < granted.size(); i++) {
            due = context.rules().extendedDueDate(record.dueRuleId, record.clockStart, due, i, granted.get(i),
                    variants);
        }
        boolean changed = !due.equals(record.dueDate);
        record.dueDate = due;
        mark(record);
        return changed;
    }

    /** Marks the due state after the due date moved; a clock back on time may be notified again later. */
    private void mark(CaseRecord record) {
        DueState state = dueState(record.dueDate);
        record.dueState = state.name();
        if (state == DueState.ON_TIME) {
            record.notifiedState = null;
        }
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
