package org.danvan.cases.internal;

import java.util.EnumSet;
import java.util.Set;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.validation.ValidationException;

/** The lifecycle's state machine: which actions a case's state allows, whoever asks. */
final class Transitions {

    private Transitions() {
    }

    /** The actions the state allows. */
    static Set<CaseAction> allowed(CaseRecord record, boolean reopened) {
        CaseStatus status = CaseStatus.valueOf(record.status);
        CaseKind kind = CaseKind.valueOf(record.kind);
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        boolean processable = Boolean.TRUE.equals(record.processable);
        switch (status) {
            case RECEIVED -> actions.addAll(EnumSet.of(CaseAction.CLASSIFY, CaseAction.RETURN_AND_GUIDE,
                    CaseAction.TRANSFER, CaseAction.ASSIGN));
            case CLASSIFIED -> {
                actions.addAll(EnumSet.of(CaseAction.CLASSIFY, CaseAction.RETURN_AND_GUIDE, CaseAction.TRANSFER));
                if (processable) {
                    actions.add(CaseAction.ACCEPT);
                    actions.add(CaseAction.ASSIGN);
                    if (!kind.isComplaint() && kind != CaseKind.DENUNCIATION) {
                        actions.add(CaseAction.RESOLVE);
                    }
                } else {
                    actions.add(CaseAction.CLOSE);
                }
            }
            case ACCEPTED -> {
                actions.add(CaseAction.ASSIGN);
                if (CaseAction.NOTIFY_ACCEPTANCE.name().equals(record.dueStep)) {
                    actions.add(CaseAction.NOTIFY_ACCEPTANCE);
                } else {
                    actions.add(CaseAction.RESOLVE);
                }
                if (kind.isComplaint()) {
                    actions.add(CaseAction.WITHDRAW_PART);
                    actions.add(CaseAction.TERMINATE);
                    if (CaseAction.RESOLVE.name().equals(record.dueStep)) {
                        actions.add(CaseAction.DIALOGUE);
                    }
                    if (CaseAction.RESOLVE.name().equals(record.dueStep) && record.dueRuleId != null) {
                        actions.add(CaseAction.SUSPEND);
                    }
                }
            }
            case SUSPENDED -> {
                actions.addAll(EnumSet.of(CaseAction.ASSIGN, CaseAction.CONTINUE, CaseAction.TERMINATE,
                        CaseAction.WITHDRAW_PART));
                if (CaseAction.NOTIFY_SUSPENSION.name().equals(record.dueStep)) {
                    actions.add(CaseAction.NOTIFY_SUSPENSION);
                }
            }
            case RESOLVED -> actions.add(CaseAction.CLOSE);
            case RETURNED, TRANSFERRED -> actions.add(CaseAction.CLOSE);
            case CLOSED -> {
                // archived: only a reopening (below)
            }
        }
        if (status.isOpen() && status != CaseStatus.SUSPENDED && record.dueRuleId != null) {
            actions.add(CaseAction.EXTEND);
        }
        if (kind == CaseKind.COMPLAINT_FIRST && (status == CaseStatus.RESOLVED || status == CaseStatus.CLOSED)
                && !reopened) {
            actions.add(CaseAction.REOPEN);
        }
        if (status != CaseStatus.CLOSED) {
            actions.add(CaseAction.ATTACH);
        }
        return actions;
    }

    /**
     * Refuses an action the state does not allow.
     *
     * @throws ValidationException with key {@code case.error.illegal-transition}
     */
    static void require(CaseRecord record, boolean reopened, CaseAction action) {
        if (!allowed(record, reopened).contains(action)) {
            throw ValidationException.of(null, "case.error.illegal-transition", action.labelKey(),
                    CaseStatus.valueOf(record.status).labelKey());
        }
    }
}
