package org.danvan.noticeboard.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.danvan.noticeboard.api.Notice;

/** How the notice board writes dates, bylines and excerpts. */
final class NoticeFormat {

    /** Characters of body text shown before "read more". */
    static final int EXCERPT_LENGTH = 240;

    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private NoticeFormat() {
    }

    /** {@code 02/03/2026} in Vietnamese and French, as in Vietnamese official documents; {@code 2 Mar 2026} in English. */
    static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH.format(date) : NUMERIC.format(date);
    }

    /** Unit, author and publication day: {@code Xã Tiên Du · Nguyễn Văn An · 02/03/2026}. */
    static String byline(Notice notice, Locale locale) {
        return Stream.of(notice.orgUnitName(), notice.authorName(), date(notice.publishFrom(), locale))
                .filter(Objects::nonNull).filter(part -> !part.isBlank()).collect(Collectors.joining(" · "));
    }

    /** Whether the excerpt leaves something out (text or line breaks), so that "read more" is worth offering. */
    static boolean isAbridged(String body) {
        return body != null && !excerpt(body).equals(body.strip());
    }

    /**
     * The body on one line, cut at a word boundary to about {@link #EXCERPT_LENGTH} characters with an ellipsis;
     * never splits a character outside the Basic Multilingual Plane.
     */
    static String excerpt(String body) {
        String text = collapse(body);
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        if (cut < EXCERPT_LENGTH / 2) {
            cut = EXCERPT_LENGTH;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String collapse(String body) {
        return body == null ? "" : body.strip().replaceAll("\\s+", " ");
    }
}
