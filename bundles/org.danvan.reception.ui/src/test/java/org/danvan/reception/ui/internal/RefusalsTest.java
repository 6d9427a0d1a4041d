package org.danvan.reception.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.ui.Translate;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

class RefusalsTest {

    private static final Translate TRANSLATE = (key, params) -> key + List.of(params);

    @Test
    void aStaleVersionIsAConflictEvenWhenWrapped() {
        assertTrue(Refusals.isConflict(new OptimisticLockException("stale")));
        assertTrue(Refusals.isConflict(new RollbackException(new OptimisticLockException("stale"))));
        assertFalse(Refusals.isConflict(new IllegalStateException()));
        assertEquals(Refusals.CONFLICT + "[]",
                Refusals.message(new RollbackException(new OptimisticLockException()), TRANSLATE));
    }

    @Test
    void invalidInputAndMissingPermissionAreExplained() {
        ValidationException invalid = new ValidationException(List.of(
                Violation.of("citizenName", "reception.validation.too-long", 200),
                Violation.of(null, "reception.validation.required")));
        assertEquals("reception.validation.too-long[200] reception.validation.required[]",
                Refusals.message(invalid, TRANSLATE));
        assertTrue(Refusals.isUserCaused(invalid));
        AccessDeniedException denied = new AccessDeniedException("lan", "reception.record", 12);
        assertTrue(Refusals.isUserCaused(denied));
        assertEquals(AccessDeniedException.MESSAGE_KEY + "[]", Refusals.message(denied, TRANSLATE));
    }

    @Test
    void programmingErrorsAreNotHidden() {
        IllegalArgumentException bug = new IllegalArgumentException("bug");
        assertFalse(Refusals.isUserCaused(bug));
        assertSame(bug, assertThrows(IllegalArgumentException.class, () -> Refusals.message(bug, TRANSLATE)));
    }
}
