package org.danvan.cases.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search and matching: NFD, combining marks stripped, đ/Đ → d, lower case, words of letters
 * and digits only. "Nguyễn Văn An" and "nguyen van an" fold alike; "Đặng" folds to "dang".
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    /** Longest word kept in the token table. */
    public static final int MAX_TOKEN = 48;

    private TextFolding() {
    }

    /** The folded text, words separated by single spaces; empty for {@code null}. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return NON_WORD.matcher(stripped).replaceAll(" ").trim();
    }

    /** The folded words, in order, duplicates kept. */
    public static List<String> words(String text) {
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        if (folded.isEmpty()) {
            return words;
        }
        for (String word : folded.split(" ")) {
            words.add(word.length() > MAX_TOKEN ? word.substring(0, MAX_TOKEN) : word);
        }
        return words;
    }

    /** The distinct folded words, in first-seen order. */
    public static Set<String> distinctWords(String text) {
        return new LinkedHashSet<>(words(text));
    }

    /** Digits only (for phone and ID numbers); {@code null} when none. */
    public static String digits(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }
}
