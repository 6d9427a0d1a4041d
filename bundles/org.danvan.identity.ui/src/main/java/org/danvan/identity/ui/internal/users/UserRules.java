package org.danvan.identity.ui.internal.users;

import java.util.regex.Pattern;

/**
 * The user form's own checks, the same rules as {@link org.danvan.identity.api.UserDraft} documents, so most
 * mistakes show at the field before the service sees them. The service stays the judge: what it refuses is shown
 * at the field too.
 */
final class UserRules {

    static final int LOGIN_MIN = 3;
    static final int LOGIN_MAX = 64;
    static final int NAME_MAX = 255;
    static final int EMAIL_MAX = 254;

    static final String LOGIN_INVALID = "identity.ui.user.error.login";
    static final String NAME_REQUIRED = "identity.ui.user.error.fullName";
    static final String EMAIL_INVALID = "identity.ui.user.error.email";
    static final String PHONE_INVALID = "identity.ui.user.error.phone";
    static final String UNITS_REQUIRED = "identity.ui.user.error.units";
    static final String PASSWORD_REQUIRED = "identity.ui.user.error.password";

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{" + LOGIN_MIN + "," + LOGIN_MAX + "}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

    private UserRules() {
    }

    /** A login as typed; upper case is accepted (the service stores it in lower case). */
    static boolean validLogin(String login) {
        return login != null && LOGIN.matcher(login.strip().toLowerCase(java.util.Locale.ROOT)).matches();
    }

    static boolean validFullName(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= NAME_MAX;
    }

    /** Empty means none. */
    static boolean validEmail(String email) {
        return email == null || email.isBlank()
                || email.strip().length() <= EMAIL_MAX && EMAIL.matcher(email.strip()).matches();
    }

    /** Empty means none; spaces, dots and dashes people type between digit groups are ignored. */
    static boolean validPhone(String phone) {
        return phone == null || phone.isBlank() || PHONE.matcher(normalizedPhone(phone)).matches();
    }

    static String normalizedPhone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s.()-]", "");
    }

    /** {@code null} for an empty optional text, else the text without surrounding blanks. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
