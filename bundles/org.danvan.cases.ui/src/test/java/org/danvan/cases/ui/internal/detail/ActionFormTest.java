package org.danvan.cases.ui.internal.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.Resolution;
import org.danvan.rules.api.Variant;
import org.junit.jupiter.api.Test;

class ActionFormTest {

    @Test
    void blanksReachTheEngineAsMissingAndTextIsStripped() {
        ActionForm form = new ActionForm();
        form.setOutcome(Outcome.INFORMATION_REFUSED);
        form.setLegalGround("   ");
        form.setDecisionReference("  12/QĐ-UBND ");
        form.setDay(LocalDate.of(2026, 4, 2));
        form.setSummary("");
        Resolution resolution = form.toResolution();
        assertNull(resolution.legalGround(), "the engine then refuses a refusal without legal ground");
        assertEquals("12/QĐ-UBND", resolution.decisionReference());
        assertNull(resolution.summary());

        form.setDays(null);
        form.setReason(" phức tạp ");
        Extension extension = form.toExtension();
        assertEquals(0, extension.days(), "no days typed: the engine refuses 0");
        assertEquals("phức tạp", extension.reason());
    }

    @Test
    void theClassificationShowsWhetherTheLetterIsProcessable() {
        ActionForm form = new ActionForm();
        assertFalse(form.processable(), "no kind yet");
        form.setKind(CaseKind.COMPLAINT_FIRST);
        assertFalse(form.processable(), "nothing confirmed yet: the officer ticks each condition");
        form.setInVietnamese(true);
        form.setDated(true);
        form.setNameAndAddress(true);
        form.setSigned(true);
        assertTrue(form.processable(), "every condition confirmed");
        form.setSigned(false);
        assertFalse(form.processable());
        form.setKind(CaseKind.DENUNCIATION);
        form.setNameAndAddress(false);
        assertFalse(form.processable(), "anonymous denunciation without violator and evidence");
        form.setNamesViolator(true);
        form.setSpecificEvidence(true);
        assertTrue(form.processable(), "anonymous but specific and verifiable");
        form.setVariants(EnumSet.of(Variant.COMPLEX));
        form.setNote("  ");
        Classification c = form.toClassification();
        assertEquals(Set.of(Variant.COMPLEX), c.variants());
        assertNull(c.note());
    }

    @Test
    void outcomesOfferedFitTheKindAsTheEngineChecks() {
        assertEquals(EnumSet.of(Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.REJECTED),
                ActionForm.outcomesFor(CaseKind.COMPLAINT_SECOND));
        assertEquals(EnumSet.of(Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.REJECTED),
                ActionForm.outcomesFor(CaseKind.DENUNCIATION));
        assertEquals(EnumSet.of(Outcome.INFORMATION_PROVIDED, Outcome.INFORMATION_REFUSED),
                ActionForm.outcomesFor(CaseKind.INFO_REQUEST_POST));
        assertEquals(EnumSet.of(Outcome.ANSWERED), ActionForm.outcomesFor(CaseKind.VOTER_RECOMMENDATION));
    }

    @Test
    void everyLifecycleActionOfTheIssueHasADialogWithAStableId() {
        assertTrue(ActionDialogs.WITH_DIALOG.containsAll(EnumSet.of(CaseAction.CLASSIFY, CaseAction.ACCEPT,
                CaseAction.RETURN_AND_GUIDE, CaseAction.TRANSFER, CaseAction.ASSIGN, CaseAction.EXTEND,
                CaseAction.RESOLVE, CaseAction.CLOSE, CaseAction.REOPEN)));
        assertEquals("case-action-return-and-guide", ActionDialogs.dialogId(CaseAction.RETURN_AND_GUIDE));
        assertEquals("case-action-notify-acceptance", ActionDialogs.dialogId(CaseAction.NOTIFY_ACCEPTANCE));
    }
}
