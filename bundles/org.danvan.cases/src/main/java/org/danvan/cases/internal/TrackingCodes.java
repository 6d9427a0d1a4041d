package org.danvan.cases.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Citizen tracking codes: 13 characters from a 30-character alphabet without look-alikes (no 0/O, 1/I/L, U), drawn
 * from SecureRandom — 30^13 ≈ 2^63.8 codes — shown as {@code XXXX-XXXX-XXXXX}. Look-ups accept lower case, spaces and
 * hyphens.
 */
public final class TrackingCodes {

    static final String CANONICAL_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 13;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    /** A new random code in canonical form (no hyphens). */
    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(CANONICAL_ALPHABET.charAt(RANDOM.nextInt(CANONICAL_ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as printed for the citizen. */
    public static String display(String canonical) {
        return canonical.substring(0, 4) + "-" + canonical.substring(4, 8) + "-" + canonical.substring(8);
    }

    /** The canonical form of what a citizen typed, or {@code null} when it cannot be a code. */
    public static String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (CANONICAL_ALPHABET.indexOf(code.charAt(i)) < 0) {
                return null;
            }
        }
        return code;
    }
}
