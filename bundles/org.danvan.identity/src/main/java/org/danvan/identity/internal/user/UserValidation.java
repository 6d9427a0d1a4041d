package org.danvan.identity.internal.user;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.danvan.identity.api.UserDraft;
import org.danvan.identity.internal.model.UserAccount;
import org.danvan.identity.internal.org.OrgUnitSnapshot;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.validation.Violation;

/** The rules of {@link UserDraft}, and the cleaned values it yields. */
final class UserValidation {

    static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{3,64}");
    /** Plausible, not RFC 5322: one @, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    /** A draft after cleaning: trimmed, login in lower case, phone without separators, blanks as null. */
    record Clean(String login, String fullName, String email, String phone, List<Long> unitIds) {
    }

    private UserValidation() {
    }

    static Clean clean(UserDraft draft) {
        String phone = blankToNull(draft.phone());
        if (phone != null) {
            phone = phone.replaceAll("[\\s.()-]", "");
        }
        return new Clean(UserAccount.normalizeLogin(draft.login()), strip(draft.fullName()),
                blankToNull(draft.email()), phone, draft.unitIds() == null ? List.of() : draft.unitIds());
    }

    /** The violations of a cleaned draft; {@code checkLogin} false on update, where the login cannot change. */
    static List<Violation> check(Clean draft, boolean checkLogin, OrgUnitSnapshot units) {
        List<Violation> violations = new ArrayList<>();
        if (checkLogin && !LOGIN.matcher(draft.login()).matches()) {
            violations.add(Violation.of("login", "identity.user.login.invalid"));
        }
        if (draft.fullName() == null || draft.fullName().isEmpty() || draft.fullName().length() > 255) {
            violations.add(Violation.of("fullName", "identity.user.full-name.invalid"));
        }
        if (draft.email() != null && (draft.email().length() > 255 || !EMAIL.matcher(draft.email()).matches())) {
            violations.add(Violation.of("email", "identity.user.email.invalid"));
        }
        if (draft.phone() != null && !PHONE.matcher(draft.phone()).matches()) {
            violations.add(Violation.of("phone", "identity.user.phone.invalid"));
        }
        if (draft.unitIds().isEmpty()) {
            violations.add(Violation.of("unitIds", "identity.user.units.required"));
        }
        Set<Long> seen = new HashSet<>();
        for (Long unitId : draft.unitIds()) {
            OrgUnitInfo unit = unitId == null ? null : units.find(unitId).orElse(null);
            if (unit == null || !unit.isCurrent()) {
                violations.add(Violation.of("unitIds", "identity.user.unit.unknown", String.valueOf(unitId)));
            } else if (!seen.add(unitId)) {
                violations.add(Violation.of("unitIds", "identity.user.unit.duplicate", unit.code()));
            }
        }
        return violations;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
