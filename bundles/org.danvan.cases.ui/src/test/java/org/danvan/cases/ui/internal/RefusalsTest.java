package org.danvan.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.danvan.cases.api.CaseConflictException;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.ui.kit.Translate;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    /** Shows key and arguments, so the test sees what was looked up. */
    private final Translate translate = (key, params) -> params.length == 0 ? "[" + key + "]"
            : "[" + key + " " + Arrays.toString(params) + "]";

    @Test
    void validationIsTranslatedViolationByViolationWithArgumentLabelsTranslatedToo() {
        ValidationException refused = new ValidationException(List.of(Violation.of("content", "case.error.required"),
                Violation.of("outcome", "case.error.outcome.kind", "case.outcome.ANSWERED", "case.kind.DENUNCIATION")));
        assertEquals("[case.error.required] [case.error.outcome.kind [[case.outcome.ANSWERED], [case.kind.DENUNCIATION]]]",
                Refusals.message(refused, translate));
    }

    @Test
    void aConflictSaysWhatTheEngineSaysAndCountsAsUserCaused() {
        CaseConflictException changed = new CaseConflictException(CaseConflictException.CHANGED, null);
        assertEquals("[case.error.changed]", Refusals.message(changed, translate));
        assertTrue(Refusals.isConflict(changed));
        assertTrue(Refusals.isUserCaused(changed));
        assertEquals("[case.error.not-found]",
                Refusals.message(new CaseConflictException(CaseConflictException.GONE, null), translate));
    }

    @Test
    void missingPermissionHasThePlatformText() {
        AccessDeniedException denied = new AccessDeniedException("lan", "case.unmask", 7);
        assertEquals("[" + AccessDeniedException.MESSAGE_KEY + "]", Refusals.message(denied, translate));
    }

    @Test
    void programmingErrorsAreRethrownNotShown() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertFalse(Refusals.isUserCaused(bug));
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Refusals.message(bug, translate)));
    }
}
