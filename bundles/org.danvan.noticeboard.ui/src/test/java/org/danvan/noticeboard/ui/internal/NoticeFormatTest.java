package org.danvan.noticeboard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.danvan.noticeboard.api.Notice;
import org.junit.jupiter.api.Test;

class NoticeFormatTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Notice notice(String unit, String body) {
        return new Notice(1, 1, "Tiêu đề", body, "chutich.tiendu", "Nguyễn Văn An", 4L, unit, DAY, null,
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void datesFollowVietnameseOfficialStyleExceptInEnglish() {
        assertEquals("02/03/2026", NoticeFormat.date(DAY, VI));
        assertEquals("02/03/2026", NoticeFormat.date(DAY, Locale.FRENCH));
        assertEquals("2 Mar 2026", NoticeFormat.date(DAY, Locale.ENGLISH));
        assertEquals("", NoticeFormat.date(null, VI));
    }

    @Test
    void bylineNamesUnitAuthorAndDayAndSkipsWhatIsMissing() {
        assertEquals("Xã Tiên Du · Nguyễn Văn An · 02/03/2026", NoticeFormat.byline(notice("Xã Tiên Du", "x"), VI));
        assertEquals("Nguyễn Văn An · 02/03/2026", NoticeFormat.byline(notice(null, "x"), VI));
    }

    @Test
    void shortBodiesAreShownWhole() {
        assertEquals("Họp chi bộ lúc 8 giờ.", NoticeFormat.excerpt("  Họp chi bộ lúc 8 giờ.\n"));
        assertFalse(NoticeFormat.isAbridged("  Họp chi bộ lúc 8 giờ.\n"));
    }

    @Test
    void lineBreaksAreFlattenedInTheExcerptAndOfferTheFullText() {
        String body = "Thông báo:\n- Họp lúc 8 giờ\n- Tại hội trường";
        assertEquals("Thông báo: - Họp lúc 8 giờ - Tại hội trường", NoticeFormat.excerpt(body));
        assertTrue(NoticeFormat.isAbridged(body));
    }

    @Test
    void longBodiesAreCutAtAWordWithAnEllipsis() {
        String body = "Ủy ban nhân dân xã Tiên Du thông báo lịch tiếp công dân định kỳ. ".repeat(20);
        String excerpt = NoticeFormat.excerpt(body);
        assertTrue(excerpt.endsWith("…"), excerpt);
        assertTrue(excerpt.length() <= NoticeFormat.EXCERPT_LENGTH + 1, excerpt);
        assertTrue(body.startsWith(excerpt.substring(0, excerpt.length() - 1)), "a prefix of the text");
        assertFalse(excerpt.substring(0, excerpt.length() - 1).endsWith(" "));
        assertTrue(NoticeFormat.isAbridged(body));
    }

    @Test
    void neverSplitsASupplementaryCharacter() {
        // one unbroken "word" of Nôm characters, each two UTF-16 units: the cut falls inside a pair unless avoided
        String body = "a" + "𡨸".repeat(200);
        String excerpt = NoticeFormat.excerpt(body);
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)), "no lone surrogate");
        assertEquals(kept.length(), kept.codePoints().mapToObj(Character::toString).mapToInt(String::length).sum());
    }
}
