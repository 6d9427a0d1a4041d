package org.danvan.identity.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for searching: lower case, Vietnamese diacritics removed (đ → d), spaces collapsed. */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            folded.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return folded.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /** The stored search key of an account. */
    public static String userKey(String login, String fullName, String email) {
        String key = fold(login) + " " + fold(fullName) + " " + fold(email);
        return key.length() > 640 ? key.substring(0, 640) : key.strip();
    }
}
