package org.danvan.reception.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Folds Vietnamese text for search: lower case, no diacritics, {@code đ} as {@code d}, single spaces. "Nguyễn Văn
 * Đức" and "nguyen van duc" fold to the same text, on every database and whatever its collation.
 */
final class TextFolding {

    private TextFolding() {
    }

    /** The folded text; {@code null} stays {@code null}. */
    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c)) {
                space = !folded.isEmpty();
                continue;
            }
            if (space) {
                folded.append(' ');
                space = false;
            }
            folded.append(Character.toLowerCase(c));
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** The distinct folded words (letters and digits) of a text, in order. */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }
}
