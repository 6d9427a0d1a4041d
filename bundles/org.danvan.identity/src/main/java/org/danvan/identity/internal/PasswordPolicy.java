package org.danvan.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * What a new password must be (checked when a user or an administrator sets one; the published demo passwords are
 * seeded as hashes and never pass through here):
 * <ul>
 * <li>at least {@value #MIN_LENGTH} characters (code points) and at most {@value #MAX_LENGTH};</li>
 * <li>not containing the login, ignoring case;</li>
 * <li>characters from at least two of the classes lower-case letter, upper-case letter, digit, other (so neither
 * "aaaaaaaaaa" nor "0912345678" passes; a Vietnamese letter counts as a letter);</li>
 * <li>not a single character repeated.</li>
 * </ul>
 * Length matters more than composition (NIST SP 800-63B), hence no demand for all four classes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Bounds the Argon2 input and the request size. */
    public static final int MAX_LENGTH = 128;
    public static final String TOO_SHORT = "identity.password.too-short";
    public static final String TOO_LONG = "identity.password.too-long";
    public static final String CONTAINS_LOGIN = "identity.password.contains-login";
    public static final String ONE_CLASS = "identity.password.one-class";

    private PasswordPolicy() {
    }

    /** The violations of a candidate password for a login, empty when acceptable. */
    public static List<Violation> check(char[] password, String login) {
        List<Violation> violations = new ArrayList<>();
        String text = password == null ? "" : new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            violations.add(Violation.of("password", TOO_SHORT, MIN_LENGTH));
            return violations;
        }
        if (length > MAX_LENGTH) {
            violations.add(Violation.of("password", TOO_LONG, MAX_LENGTH));
            return violations;
        }
        if (login != null && login.length() >= 3
                && text.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            violations.add(Violation.of("password", CONTAINS_LOGIN));
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else {
                other = true;
            }
        }
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (classes < 2 || text.codePoints().distinct().count() == 1) {
            violations.add(Violation.of("password", ONE_CLASS));
        }
        return violations;
    }

    /** Throws when the password breaks the policy. */
    public static void require(char[] password, String login) {
        List<Violation> violations = check(password, login);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
