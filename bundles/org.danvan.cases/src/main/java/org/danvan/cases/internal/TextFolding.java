package org.danvan.cases.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Folds Vietnamese text for search and matching: NFD, combining marks stripped, đ/Đ → d, lower case, words of letters
 * and digits only. "Nguyễn Văn An" and "nguyen van an" fold alike; "Đặng" folds to "dang".
 */
public final class TextFolding {

    /** Longest word kept in the token table. */
    public static final int MAX_TOKEN = 48;

    private TextFolding() {
    }

    /** The folded text, words separated by single spaces; empty for {@code null}. */
    public static String fold(String text) {
        return org.danvan.platform.api.text.VietnameseText.fold(text);
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
