package org.danvan.noticeboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.validation.Violation;
import org.junit.jupiter.api.Test;

class NoticeDraftTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static List<String> keys(NoticeDraft draft) {
        return draft.validate().stream().map(Violation::messageKey).toList();
    }

    @Test
    void aCompleteDraftIsValid() {
        assertEquals(List.of(), new NoticeDraft("Tiêu đề", "Nội dung", DAY, null).validate());
        assertEquals(List.of(), new NoticeDraft("Tiêu đề", "Nội dung", DAY, DAY).validate(), "one day is fine");
    }

    @Test
    void limitsAreInclusive() {
        assertEquals(List.of(), new NoticeDraft("t".repeat(200), "b".repeat(10_000), DAY, null).validate());
        assertEquals(List.of(Violation.of("title", NoticeDraft.TITLE_TOO_LONG), Violation.of("body", NoticeDraft.BODY_TOO_LONG)),
                new NoticeDraft("t".repeat(201), "b".repeat(10_001), DAY, null).validate());
    }

    @Test
    void whiteSpaceDoesNotCountAndDoesNotFill() {
        NoticeDraft padded = new NoticeDraft("  " + "t".repeat(200) + "\n", "\t nội dung  ", DAY, null);
        assertEquals("t".repeat(200), padded.title());
        assertEquals("nội dung", padded.body());
        assertEquals(List.of(), padded.validate());
        assertEquals(List.of(NoticeDraft.TITLE_REQUIRED, NoticeDraft.BODY_REQUIRED),
                keys(new NoticeDraft("   ", "\n\n", DAY, null)));
    }

    @Test
    void reportsEveryProblemInFieldOrderWithItsField() {
        assertEquals(List.of(Violation.of("title", NoticeDraft.TITLE_REQUIRED), Violation.of("body", NoticeDraft.BODY_REQUIRED),
                Violation.of("publishFrom", NoticeDraft.PUBLISH_FROM_REQUIRED)),
                new NoticeDraft(null, null, null, DAY).validate());
        assertEquals(List.of(Violation.of("expiresOn", NoticeDraft.EXPIRES_BEFORE_PUBLISH)),
                new NoticeDraft("Tiêu đề", "Nội dung", DAY, DAY.minusDays(1)).validate());
    }
}
