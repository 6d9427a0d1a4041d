package org.danvan.platform.ui.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.textfield.TextField;

/** Where a service's validation verdict is shown: at the input it names, the rest elsewhere. */
class FieldErrorsTest {

    private static final Translate TRANSLATE = (key, params) -> key + Arrays.toString(params);

    private final TextField login = new TextField();
    private final TextField fullName = new TextField();
    private final TextField units = new TextField();
    private final FieldErrors errors = new FieldErrors().field(login, "login").field(fullName, "fullName")
            .field(units, "unitIds", "units");

    @Test
    void eachViolationLandsAtItsInputTranslatedWithItsArguments() {
        List<Violation> elsewhere = errors.show(new ValidationException(List.of(
                Violation.of("login", "identity.user.login.taken", "an"),
                Violation.of("unitIds", "identity.user.units.required"))), TRANSLATE);
        assertTrue(elsewhere.isEmpty());
        assertTrue(login.isInvalid());
        assertEquals("identity.user.login.taken[an]", login.getErrorMessage());
        assertTrue(units.isInvalid());
        assertFalse(fullName.isInvalid());
    }

    @Test
    void fieldNamesAreComparedWithoutCaseQualifierOrPunctuation() {
        assertSame(fullName, errors.inputFor("draft.fullName"));
        assertSame(fullName, errors.inputFor("full_name"));
        assertSame(fullName, errors.inputFor("FULLNAME"));
        assertSame(units, errors.inputFor("unitIds[0]"));
        assertNull(errors.inputFor("phone"));
        assertNull(errors.inputFor(null));
    }

    @Test
    void aQualifiedNameThatWasRegisteredWinsOverItsLastPart() {
        TextField secondCode = new TextField();
        TextField loneCode = new TextField();
        FieldErrors split = new FieldErrors().field(secondCode, "successors[1].code").field(loneCode, "code");
        assertSame(secondCode, split.inputFor("successors[1].code"));
        assertSame(loneCode, split.inputFor("successor.code"));
        assertSame(loneCode, split.inputFor("code"));
        assertSame(fullName, errors.inputFor("full_name"));
    }

    @Test
    void violationsWithoutAnInputAreHandedBack() {
        Violation general = Violation.of(null, "identity.user.limit");
        Violation unknown = Violation.of("phone", "identity.user.phone.invalid");
        List<Violation> elsewhere = errors.show(new ValidationException(List.of(general, unknown,
                Violation.of("login", "identity.user.login.invalid"))), TRANSLATE);
        assertEquals(List.of(general, unknown), elsewhere);
        assertTrue(login.isInvalid());
    }

    @Test
    void twoViolationsOnOneInputAreBothShownAndClearingResets() {
        errors.show(new ValidationException(List.of(Violation.of("login", "a"), Violation.of("login", "b"))),
                TRANSLATE);
        assertEquals("a[] b[]", login.getErrorMessage());
        errors.clear();
        assertFalse(login.isInvalid());
    }

    @Test
    void anAttemptKeepsTheFormOpenOnlyWhenEveryViolationIsShownAtAField() {
        login.setInvalid(true);
        FieldErrors.Attempt done = errors.attempt(() -> { }, TRANSLATE);
        assertTrue(done.succeeded());
        assertFalse(login.isInvalid(), "earlier errors are cleared first");

        FieldErrors.Attempt atFields = errors.attempt(() -> {
            throw ValidationException.of("login", "identity.user.login.taken", "an");
        }, TRANSLATE);
        assertTrue(atFields.keepOpen());
        assertNull(atFields.refusal());
        assertTrue(login.isInvalid());

        ValidationException general = ValidationException.of(null, "identity.user.limit");
        FieldErrors.Attempt elsewhere = errors.attempt(() -> {
            throw general;
        }, TRANSLATE);
        assertFalse(elsewhere.keepOpen());
        assertSame(general, elsewhere.refusal());

        AccessDeniedException denied = new AccessDeniedException("an", "case.view", 7);
        assertSame(denied, errors.attempt(() -> {
            throw denied;
        }, TRANSLATE).refusal());
        IllegalStateException bug = new IllegalStateException("not a refusal");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> errors.attempt(() -> {
            throw bug;
        }, TRANSLATE)));
    }
}
