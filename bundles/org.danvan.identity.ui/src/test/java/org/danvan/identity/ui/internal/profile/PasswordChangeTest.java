package org.danvan.identity.ui.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

/** What the change-password form refuses before asking the service. */
class PasswordChangeTest {

    @Test
    void allThreeFieldsAreNeeded() {
        assertEquals(List.of(Violation.of(PasswordChange.CURRENT, PasswordChange.REQUIRED),
                Violation.of(PasswordChange.NEXT, PasswordChange.REQUIRED),
                Violation.of(PasswordChange.REPEAT, PasswordChange.REQUIRED)),
                new PasswordChange("", null, "").check());
    }

    @Test
    void theRepetitionMustMatch() {
        assertEquals(List.of(Violation.of(PasswordChange.REPEAT, PasswordChange.MISMATCH)),
                new PasswordChange("cũ-mật-khẩu", "Mới#2026dài", "Mới#2026dai").check());
        assertTrue(new PasswordChange("cũ-mật-khẩu", "Mới#2026dài", "Mới#2026dài").check().isEmpty());
    }
}
