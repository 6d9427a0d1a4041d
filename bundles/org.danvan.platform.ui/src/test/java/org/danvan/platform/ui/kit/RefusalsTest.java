package org.danvan.platform.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

/** Which failures the screens explain to the user, and with which text. */
class RefusalsTest {

    private static final Translate TRANSLATE = (key, params) -> key + Arrays.toString(params);

    @Test
    void aStaleVersionIsAConflictEvenWhenWrapped() {
        assertTrue(Refusals.isConflict(new OptimisticLockException("stale")));
        assertTrue(Refusals.isConflict(new RollbackException(new OptimisticLockException("stale"))));
        assertFalse(Refusals.isConflict(new IllegalStateException("bug")));
        assertEquals(Refusals.CONFLICT + "[]",
                Refusals.message(new RollbackException(new OptimisticLockException()), TRANSLATE));
    }

    @Test
    void refusalsAreTranslatedWithTheirArguments() {
        ValidationException invalid = new ValidationException(List.of(Violation.of("login", "identity.user.login.taken",
                "an"), Violation.of(null, "identity.user.not-found")));
        assertEquals("identity.user.login.taken[an] identity.user.not-found[]", Refusals.message(invalid, TRANSLATE));
        assertEquals(AccessDeniedException.MESSAGE_KEY + "[]",
                Refusals.message(new AccessDeniedException("an", "identity.users.manage", 7), TRANSLATE));
    }

    @Test
    void programmingErrorsAreNotDressedAsRefusals() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertFalse(Refusals.isUserCaused(bug));
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Refusals.message(bug, TRANSLATE)));
    }
}
