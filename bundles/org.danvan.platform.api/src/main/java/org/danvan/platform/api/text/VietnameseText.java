package org.danvan.platform.api.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search and matching: canonical decomposition, combining marks stripped, đ/Đ → d, lower
 * case, words of letters and digits separated by single spaces. "Xã Tiên Du" and "xa tien du" fold alike; "Đặng"
 * folds to "dang"; "24-003" folds to "24 003".
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** The folded text; empty for {@code null}. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(stripped).replaceAll(" ").trim();
    }

    /** The folded words, in order, duplicates kept; empty for blank text. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /**
     * Whether every folded word of {@code query} starts a word of {@code text} ("tien du" matches "Xã Tiên Du",
     * "t d" does too; "ien" does not). A blank query matches everything.
     */
    public static boolean matchesWords(String text, String query) {
        List<String> wanted = words(query);
        if (wanted.isEmpty()) {
            return true;
        }
        List<String> have = new ArrayList<>(words(text));
        for (String word : wanted) {
            if (have.stream().noneMatch(h -> h.startsWith(word))) {
                return false;
            }
        }
        return true;
    }
}
