package org.danvan.citizen.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * What a citizen types as a tracking code, brought to the canonical form the case engine stores: the code is printed
 * as {@code XXXX-XXXX-XXXXX}, but people copy it with spaces, other dashes or in lower case. The alphabet and length
 * are those of the case engine's codes (30 characters without look-alikes, 13 long); the engine checks again.
 */
final class TrackingCodeInput {

    /** Longest input looked at; the text field refuses more, this guards calls from elsewhere. */
    static final int MAX_TYPED_LENGTH = 40;

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 13;
    /** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign, full-width hyphen. */
    private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212\uFF0D";

    private TrackingCodeInput() {
    }

    /** Whether nothing but blanks and dashes was typed. */
    static boolean isBlank(String typed) {
        return typed == null || strip(typed).isEmpty();
    }

    /**
     * The canonical code (13 characters of the alphabet, upper case, no separators), or empty when the input cannot
     * be a tracking code.
     */
    static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        String code = strip(typed).toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** The input without white space (including no-break spaces) and dashes. */
    private static String strip(String typed) {
        StringBuilder kept = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && DASHES.indexOf(c) < 0).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
