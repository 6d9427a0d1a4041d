package org.danvan.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.ComplaintDialogue;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.api.ResolutionDecision;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.rules.api.Variant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The steps after intake. Each runs in one transaction: load, check the permission on the owning unit, compare the
 * caller's version, check the state machine, change, record the step; then the audit trail.
 */
final class CaseLifecycle {

    /** The days the parties are told before a complaint dialogue (Decree 155/2026, [verify]), counted back. */
    static final String DIALOGUE_NOTICE_RULE = "complaint.dialogue.notice";
    /** From its day on (value 1), a complaint found complex needs the grounds (Decree 155/2026, [verify]). */
    static final String COMPLEX_GROUNDS_FIGURE = "complaint.complex.grounds.required";

    /** What an action changes; returns the step's details. */
    @FunctionalInterface
    interface Change {
        Map<String, String> apply(EntityManager em, CaseRecord record);
    }

    private final CaseContext context;
    private final CaseClocks clocks;
    private final IdentityVault vault;
    private final SearchIndex search;
    private final CaseSteps steps;
    private final CaseAudit audit;

    CaseLifecycle(CaseContext context, CaseClocks clocks, IdentityVault vault, SearchIndex search, CaseSteps steps,
            CaseAudit audit) {
        this.context = context;
        this.clocks = clocks;
        this.vault = vault;
        this.search = search;
        this.steps = steps;
        this.audit = audit;
    }

    void classify(UserPrincipal user, long caseId, long version, Classification classification) {
        if (classification == null || classification.kind() == null) {
            throw ValidationException.of("kind", "case.error.required");
        }
        List<Violation> violations = new ArrayList<>();
        IntakeValidator.length(violations, "note", classification.note(), 2000);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.CLASSIFY, (em, record) -> {
            CaseKind before = CaseKind.valueOf(record.kind);
            CaseKind after = classification.kind();
            if (after.isComplaint() && Variant.normalized(classification.variants()).contains(Variant.COMPLEX)
                    && IntakeValidator.blank(classification.note()) && context.rules()
                            .figure(COMPLEX_GROUNDS_FIGURE, context.today()).filter(f -> f.value().signum() > 0).isPresent()) {
                throw ValidationException.of("note", "case.error.complex-grounds");
            }
            if ((before == CaseKind.COMPLAINT_SECOND) != (after == CaseKind.COMPLAINT_SECOND)) {
                throw ValidationException.of("kind", "case.error.kind.second-complaint");
            }
            record.kind = after.name();
            record.processable = classification.processable();
            record.variants = CaseClocks.variantsText(classification.variants());
            record.status = CaseStatus.CLASSIFIED.name();
            if (before != after) {
                clocks.start(record, CaseClocks.intakeStep(after), CaseClocks.intakeRule(after), record.receivedOn);
            } else {
                clocks.recompute(record);
            }
            if (!record.processable) {
                clocks.keep(record, CaseAction.RETURN_AND_GUIDE);
            } else {
                clocks.keep(record, after.isComplaint() || after == CaseKind.DENUNCIATION ? CaseAction.ACCEPT
                        : CaseAction.RESOLVE);
                if (after.isComplaint() || after == CaseKind.DENUNCIATION) {
                    // accepting is the heads' decision
                    Notifications.raise(em, record, null, record.unitId, Notifications.ACCEPTANCE_NEEDED,
                            java.time.Instant.now(context.clock()));
                }
            }
            if (before.protectsIdentity() != after.protectsIdentity()) {
                search.replaceNameTokens(em, caseId,
                        after.protectsIdentity() ? Set.of() : vault.nameTokens(vault.read(em, caseId)));
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("kind", after.name());
            details.put("processable", Boolean.toString(record.processable));
            details.put("variants", record.variants);
            details.put("note", classification.note());
            return details;
        });
    }

    void accept(UserPrincipal user, long caseId, long version, LocalDate acceptedOn) {
        act(user, caseId, version, CaseAction.ACCEPT, (em, record) -> {
            decisionDay("acceptedOn", acceptedOn, record.receivedOn);
            record.acceptedOn = acceptedOn;
            record.status = CaseStatus.ACCEPTED.name();
            CaseKind kind = CaseKind.valueOf(record.kind);
            String rule = CaseClocks.acceptanceRule(kind);
            if (kind == CaseKind.DENUNCIATION) {
                clocks.start(record, CaseAction.NOTIFY_ACCEPTANCE, rule, acceptedOn);
            } else if (rule != null) {
                clocks.start(record, CaseAction.RESOLVE, rule, acceptedOn);
            } else {
                clocks.keep(record, CaseAction.RESOLVE);
            }
            return Map.of("acceptedOn", acceptedOn.toString());
        });
    }

    void notifyAcceptance(UserPrincipal user, long caseId, long version, LocalDate notifiedOn) {
        act(user, caseId, version, CaseAction.NOTIFY_ACCEPTANCE, (em, record) -> {
            decisionDay("notifiedOn", notifiedOn, record.acceptedOn);
            clocks.start(record, CaseAction.RESOLVE, "denunciation.resolve", record.acceptedOn);
            return Map.of("notifiedOn", notifiedOn.toString());
        });
    }

    void returnAndGuide(UserPrincipal user, long caseId, long version, String competentBody, String guidance) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "competentBody", competentBody, 255);
        required(violations, "guidance", guidance, 2000);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.RETURN_AND_GUIDE, (em, record) -> {
            record.status = CaseStatus.RETURNED.name();
            record.finishedOn = context.today();
            clocks.stop(record);
            return Map.of("competentBody", competentBody.strip(), "guidance", guidance.strip());
        });
    }

    void transfer(UserPrincipal user, long caseId, long version, String targetBody, Long targetUnitId, String note) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "targetBody", targetBody, 255);
        IntakeValidator.length(violations, "note", note, 2000);
        if (targetUnitId != null && context.directory().find(targetUnitId).isEmpty()) {
            violations.add(Violation.of("targetUnitId", "case.error.unit.unknown", targetUnitId));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.TRANSFER, (em, record) -> {
            if (CaseKind.DENUNCIATION.name().equals(record.kind) && transferredBefore(em, record)) {
                throw ValidationException.of(null, "case.error.transfer.once");
            }
            record.status = CaseStatus.TRANSFERRED.name();
            record.finishedOn = context.today();
            clocks.stop(record);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("targetBody", targetBody.strip());
            details.put("targetUnitId", targetUnitId == null ? null : targetUnitId.toString());
            details.put("note", note);
            return details;
        });
    }

    void assign(UserPrincipal user, long caseId, long version, long handlerUserId, String handlerName) {
        List<Violation> violations = new ArrayList<>();
        if (handlerUserId <= 0) {
            violations.add(Violation.of("handlerUserId", "case.error.required"));
        }
        required(violations, "handlerName", handlerName, 255);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.ASSIGN, (em, record) -> {
            record.handlerUserId = handlerUserId;
            record.handlerName = handlerName.strip();
            if (handlerUserId != user.userId()) {
                Notifications.raise(em, record, handlerUserId, null, Notifications.ASSIGNED,
                        java.time.Instant.now(context.clock()));
            }
            return Map.of("handlerUserId", Long.toString(handlerUserId), "handlerName", record.handlerName);
        });
    }

    void extend(UserPrincipal user, long caseId, long version, Extension extension) {
        List<Violation> violations = new ArrayList<>();
        if (extension == null) {
            throw ValidationException.of("days", "case.error.required");
        }
        required(violations, "decisionReference", extension.decisionReference(), 100);
        required(violations, "reason", extension.reason(), 2000);
        if (extension.decidedOn() == null) {
            violations.add(Violation.of("decidedOn", "case.error.required"));
        } else if (extension.decidedOn().isAfter(context.today())) {
            violations.add(Violation.of("decidedOn", "case.error.date.future"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.EXTEND, (em, record) -> {
            LocalDate before = record.dueDate;
            clocks.extend(record, extension);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("rule", record.dueRuleId);
            details.put("days", Integer.toString(extension.days()));
            details.put("decision", extension.decisionReference().strip());
            details.put("decidedOn", extension.decidedOn().toString());
            details.put("reason", extension.reason().strip());
            details.put("ground", extension.ground() == null ? null : extension.ground().name());
            details.put("dueBefore", before.toString());
            details.put("dueAfter", record.dueDate.toString());
            return details;
        });
    }

    void resolve(UserPrincipal user, long caseId, long version, Resolution resolution) {
        if (resolution == null || resolution.outcome() == null) {
            throw ValidationException.of("outcome", "case.error.required");
        }
        List<Violation> violations = new ArrayList<>();
        required(violations, "decisionReference", resolution.decisionReference(), 100);
        IntakeValidator.length(violations, "summary", resolution.summary(), 2000);
        IntakeValidator.length(violations, "legalGround", resolution.legalGround(), 500);
        if (resolution.outcome() == Outcome.INFORMATION_REFUSED && IntakeValidator.blank(resolution.legalGround())) {
            violations.add(Violation.of("legalGround", "case.error.legal-ground.required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.RESOLVE, (em, record) -> {
            CaseKind kind = CaseKind.valueOf(record.kind);
            if (!fits(kind, resolution.outcome())) {
                throw ValidationException.of("outcome", "case.error.outcome.kind", resolution.outcome().labelKey(),
                        kind.labelKey());
            }
            decisionDay("resolvedOn", resolution.resolvedOn(),
                    record.acceptedOn == null ? record.receivedOn : record.acceptedOn);
            record.resolvedLate = record.dueDate != null && resolution.resolvedOn().isAfter(record.dueDate);
            record.resolvedOn = resolution.resolvedOn();
            record.finishedOn = resolution.resolvedOn();
            record.outcome = resolution.outcome().name();
            record.status = CaseStatus.RESOLVED.name();
            // closing a resolved case is the heads' decision
            Notifications.raise(em, record, null, record.unitId, Notifications.CLOSING_NEEDED,
                    java.time.Instant.now(context.clock()));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("outcome", resolution.outcome().name());
            details.put("decision", resolution.decisionReference().strip());
            details.put("resolvedOn", resolution.resolvedOn().toString());
            details.put("late", Boolean.toString(record.resolvedLate));
            details.put("dueDate", record.dueDate == null ? null : record.dueDate.toString());
            details.put("legalGround", resolution.legalGround());
            details.put("summary", resolution.summary());
            clocks.stop(record);
            return details;
        });
    }

    void suspend(UserPrincipal user, long caseId, long version, ResolutionDecision decision) {
        validate(decision);
        act(user, caseId, version, CaseAction.SUSPEND, (em, record) -> {
            decisionDay("decidedOn", decision.decidedOn(),
                    record.clockResumedOn != null ? record.clockResumedOn : record.acceptedOn);
            LocalDate dueBefore = record.dueDate;
            clocks.suspend(record, decision.decidedOn());
            record.status = CaseStatus.SUSPENDED.name();
            Map<String, String> details = decisionDetails(decision);
            details.put("dueBefore", dueBefore == null ? null : dueBefore.toString());
            details.put("usedDays", Integer.toString(record.clockUsedDays));
            details.put("noticeDue", record.dueDate.toString());
            return details;
        });
    }

    void notifySuspension(UserPrincipal user, long caseId, long version, LocalDate sentOn) {
        act(user, caseId, version, CaseAction.NOTIFY_SUSPENSION, (em, record) -> {
            decisionDay("sentOn", sentOn, record.suspendedOn);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("sentOn", sentOn.toString());
            details.put("noticeDue", record.dueDate.toString());
            details.put("late", Boolean.toString(sentOn.isAfter(record.dueDate)));
            clocks.suspensionNotified(record);
            return details;
        });
    }

    void continueResolution(UserPrincipal user, long caseId, long version, ResolutionDecision decision) {
        validate(decision);
        act(user, caseId, version, CaseAction.CONTINUE, (em, record) -> {
            decisionDay("decidedOn", decision.decidedOn(), record.suspendedOn);
            LocalDate suspendedOn = record.suspendedOn;
            boolean noticeSent = record.dueRuleId == null;
            clocks.resume(record, decision.decidedOn());
            record.status = CaseStatus.ACCEPTED.name();
            Map<String, String> details = decisionDetails(decision);
            details.put("suspendedOn", suspendedOn.toString());
            details.put("usedDays", Integer.toString(record.clockUsedDays));
            details.put("suspensionNoticeSent", Boolean.toString(noticeSent));
            details.put("dueAfter", record.dueDate.toString());
            if (record.handlerUserId != null && record.handlerUserId != user.userId()) {
                Notifications.raise(em, record, record.handlerUserId, null, Notifications.RETURNED,
                        java.time.Instant.now(context.clock()));
            }
            return details;
        });
    }

    /** Adds a comment step (no state change, no version change); tells the handler when someone else wrote it. */
    Long comment(UserPrincipal user, long caseId, String text) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "text", text, 2000);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return CaseTransactions.write(context.store(), em -> {
            CaseRecord record = em.find(CaseRecord.class, caseId);
            if (record == null) {
                throw new CaseConflictException(CaseConflictException.GONE, null);
            }
            context.access().check(user, CaseAction.COMMENT.permission(), record.unitId);
            CaseStatus status = CaseStatus.valueOf(record.status);
            steps.add(em, record, user, CaseAction.COMMENT, status, status, Map.of("note", text.strip()));
            Long told = null;
            if (record.handlerUserId != null && record.handlerUserId != user.userId()) {
                Notifications.raise(em, record, record.handlerUserId, null, Notifications.COMMENTED,
                        java.time.Instant.now(context.clock()));
                told = record.handlerUserId;
            }
            audit.changed("case.comment", user, caseId, record.unitId, Map.of("length",
                    Integer.toString(text.strip().length())));
            return told;
        });
    }

    void terminate(UserPrincipal user, long caseId, long version, ResolutionDecision decision) {
        validate(decision);
        act(user, caseId, version, CaseAction.TERMINATE, (em, record) -> {
            decisionDay("decidedOn", decision.decidedOn(), record.acceptedOn);
            Map<String, String> details = decisionDetails(decision);
            details.put("dueDate", record.dueDate == null ? null : record.dueDate.toString());
            details.put("suspendedOn", record.suspendedOn == null ? null : record.suspendedOn.toString());
            record.status = CaseStatus.CLOSED.name();
            record.finishedOn = decision.decidedOn();
            clocks.stop(record);
            return details;
        });
    }

    void withdrawPart(UserPrincipal user, long caseId, long version, LocalDate withdrawnOn, String parts) {
        List<Violation> violations = new ArrayList<>();
        required(violations, "parts", parts, 2000);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.WITHDRAW_PART, (em, record) -> {
            decisionDay("withdrawnOn", withdrawnOn, record.acceptedOn);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("withdrawnOn", withdrawnOn.toString());
            details.put("parts", parts.strip());
            return details;
        });
    }

    void recordDialogue(UserPrincipal user, long caseId, long version, ComplaintDialogue dialogue) {
        if (dialogue == null) {
            throw ValidationException.of("heldOn", "case.error.required");
        }
        List<Violation> violations = new ArrayList<>();
        required(violations, "participants", dialogue.participants(), 2000);
        required(violations, "content", dialogue.content(), 4000);
        if (dialogue.noticeSentOn() == null) {
            violations.add(Violation.of("noticeSentOn", "case.error.required"));
        } else if (dialogue.heldOn() != null && dialogue.noticeSentOn().isAfter(dialogue.heldOn())) {
            violations.add(Violation.of("noticeSentOn", "case.error.dialogue.notice-after"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.DIALOGUE, (em, record) -> {
            decisionDay("heldOn", dialogue.heldOn(), record.acceptedOn);
            decisionDay("noticeSentOn", dialogue.noticeSentOn(), record.acceptedOn);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("heldOn", dialogue.heldOn().toString());
            details.put("noticeSentOn", dialogue.noticeSentOn().toString());
            // the notice clock counts back from the dialogue by the rule in force on its day (none before July 2026)
            if (context.rules().rule(DIALOGUE_NOTICE_RULE, dialogue.heldOn()).isPresent()) {
                LocalDate latest = context.rules().latestDayBefore(DIALOGUE_NOTICE_RULE, dialogue.heldOn(), Set.of());
                details.put("noticeLatestOn", latest.toString());
                details.put("noticeLate", Boolean.toString(dialogue.noticeSentOn().isAfter(latest)));
            }
            details.put("participants", dialogue.participants().strip());
            details.put("dialogueRecord", dialogue.content().strip());
            return details;
        });
    }

    private static void validate(ResolutionDecision decision) {
        if (decision == null) {
            throw ValidationException.of("decidedOn", "case.error.required");
        }
        List<Violation> violations = new ArrayList<>();
        required(violations, "decisionReference", decision.decisionReference(), 100);
        required(violations, "ground", decision.ground(), 2000);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static Map<String, String> decisionDetails(ResolutionDecision decision) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("decision", decision.decisionReference().strip());
        details.put("decidedOn", decision.decidedOn().toString());
        details.put("ground", decision.ground().strip());
        return details;
    }

    void close(UserPrincipal user, long caseId, long version, String note) {
        List<Violation> violations = new ArrayList<>();
        IntakeValidator.length(violations, "note", note, 2000);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        act(user, caseId, version, CaseAction.CLOSE, (em, record) -> {
            record.status = CaseStatus.CLOSED.name();
            if (record.finishedOn == null) {
                record.finishedOn = context.today();
            }
            clocks.stop(record);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("note", note);
            return details;
        });
    }

    /** Runs an action on a case and audits it, in one transaction. */
    void act(UserPrincipal user, long caseId, long version, CaseAction action, Change change) {
        CaseTransactions.write(context.store(), em -> {
            CaseRecord record = em.find(CaseRecord.class, caseId);
            if (record == null) {
                throw new CaseConflictException(CaseConflictException.GONE, null);
            }
            context.access().check(user, action.permission(), record.unitId);
            if (record.getVersion() != version) {
                throw new CaseConflictException(CaseConflictException.CHANGED, null);
            }
            Transitions.require(record, CaseSteps.isReopened(em, caseId), action);
            CaseStatus from = CaseStatus.valueOf(record.status);
            Map<String, String> stepDetails = change.apply(em, record);
            steps.add(em, record, user, action, from, CaseStatus.valueOf(record.status), stepDetails);
            // every action bumps the version, also one that changes no column of the case (e.g. the same handler)
            em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            Map<String, String> auditDetails = new LinkedHashMap<>();
            stepDetails.forEach((key, value) -> {
                if (value != null) {
                    auditDetails.put(key, value);
                }
            });
            audit.changed("case." + action.name().toLowerCase(Locale.ROOT).replace('_', '-'), user, caseId,
                    record.unitId, auditDetails);
            return null;
        });
    }

    /**
     * Whether the same content was transferred before: this case, the cases linked to it as duplicates (both
     * directions, transitively) and the cases it reopens or that reopen it.
     */
    private static boolean transferredBefore(EntityManager em, CaseRecord record) {
        Set<Long> same = new HashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(record.getId()));
        while (!frontier.isEmpty() && same.size() < 1000) {
            List<Long> next = new ArrayList<>();
            for (Long id : frontier) {
                if (!same.add(id)) {
                    continue;
                }
                next.addAll(em.createQuery("SELECT d.otherCaseId FROM DuplicateLink d WHERE d.caseId = :c "
                        + "AND d.state = 'LINKED'", Long.class).setParameter("c", id).getResultList());
                next.addAll(em.createQuery("SELECT d.caseId FROM DuplicateLink d WHERE d.otherCaseId = :c "
                        + "AND d.state = 'LINKED'", Long.class).setParameter("c", id).getResultList());
                next.addAll(em.createQuery("SELECT c.parentCaseId FROM CaseRecord c WHERE c.id = :c "
                        + "AND c.parentCaseId IS NOT NULL", Long.class).setParameter("c", id).getResultList());
                next.addAll(em.createQuery("SELECT c.id FROM CaseRecord c WHERE c.parentCaseId = :c", Long.class)
                        .setParameter("c", id).getResultList());
            }
            frontier = next;
        }
        return em.createQuery("SELECT COUNT(s) FROM CaseStepRecord s WHERE s.caseId IN :ids AND s.action = :a",
                Long.class).setParameter("ids", same).setParameter("a", CaseAction.TRANSFER.name())
                .getSingleResult() > 0;
    }

    private static boolean fits(CaseKind kind, Outcome outcome) {
        if (kind.isComplaint() || kind == CaseKind.DENUNCIATION) {
            return outcome == Outcome.UPHELD || outcome == Outcome.PARTLY_UPHELD || outcome == Outcome.REJECTED;
        }
        if (kind.isInformationRequest()) {
            return outcome == Outcome.INFORMATION_PROVIDED || outcome == Outcome.INFORMATION_REFUSED;
        }
        return outcome == Outcome.ANSWERED;
    }

    private void decisionDay(String field, LocalDate day, LocalDate notBefore) {
        if (day == null) {
            throw ValidationException.of(field, "case.error.required");
        }
        if (day.isAfter(context.today())) {
            throw ValidationException.of(field, "case.error.date.future");
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw ValidationException.of(field, "case.error.date.before-previous-step");
        }
    }

    private static void required(List<Violation> violations, String field, String value, int max) {
        if (IntakeValidator.blank(value)) {
            violations.add(Violation.of(field, "case.error.required"));
        } else {
            IntakeValidator.length(violations, field, value, max);
        }
    }
}
