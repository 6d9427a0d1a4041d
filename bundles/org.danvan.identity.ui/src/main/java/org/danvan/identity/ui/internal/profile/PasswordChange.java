package org.danvan.identity.ui.internal.profile;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * What the change-password form checks before asking the service: the three fields are filled and the repetition
 * matches. The password policy itself is the service's, so that its messages are the same everywhere.
 */
record PasswordChange(String current, String next, String repeat) {

    static final String CURRENT = "currentPassword";
    static final String NEXT = "newPassword";
    static final String REPEAT = "repeatPassword";

    static final String REQUIRED = "identity.ui.profile.password.required";
    static final String MISMATCH = "identity.ui.profile.password.mismatch";

    /** The problems, empty when the form may be sent. */
    List<Violation> check() {
        List<Violation> problems = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            problems.add(Violation.of(CURRENT, REQUIRED));
        }
        if (next == null || next.isEmpty()) {
            problems.add(Violation.of(NEXT, REQUIRED));
        }
        if (repeat == null || repeat.isEmpty()) {
            problems.add(Violation.of(REPEAT, REQUIRED));
        } else if (next != null && !next.isEmpty() && !next.equals(repeat)) {
            problems.add(Violation.of(REPEAT, MISMATCH));
        }
        return problems;
    }
}
