package org.danvan.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static List<String> keys(String password, String login) {
        return PasswordPolicy.check(password.toCharArray(), login).stream().map(Violation::messageKey).toList();
    }

    @Test
    void acceptsLongMixedPasswordsIncludingVietnameseLetters() {
        assertEquals(List.of(), keys("mua xuân 2026", "tiepdan"));
        assertEquals(List.of(), keys("ĐồngKỵ-Bắc", "tiepdan"));
        assertEquals(List.of(), keys("correct horse battery Staple", "admin"));
    }

    @Test
    void refusesShortOverlongOneClassAndRepeatedPasswords() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), keys("Ab1!Ab1!A", "x"));
        assertEquals(List.of(PasswordPolicy.TOO_LONG), keys("a1".repeat(65), "x"));
        assertEquals(List.of(PasswordPolicy.ONE_CLASS), keys("abcdefghijkl", "x"));
        assertEquals(List.of(PasswordPolicy.ONE_CLASS), keys("0912345678", "x"));
        assertEquals(List.of(PasswordPolicy.ONE_CLASS), keys("AAAAAAAAAAAA", "x"));
        // ten code points, not ten chars: a supplementary character counts once
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), keys("𡨸𡨸𡨸𡨸𡨸a", "x"));
    }

    @Test
    void refusesThePasswordContainingTheLoginInAnyCase() {
        assertEquals(List.of(PasswordPolicy.CONTAINS_LOGIN), keys("My-TiepDan-2026", "tiepdan"));
        assertEquals(List.of(), keys("My-Tiep-2026x", "tiepdan"));
    }

    @Test
    void requireThrowsWithTheMinimumLengthAsArgument() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PasswordPolicy.require("ngắn".toCharArray(), "x"));
        assertEquals(List.of(PasswordPolicy.MIN_LENGTH), e.violations().get(0).args());
    }
}
