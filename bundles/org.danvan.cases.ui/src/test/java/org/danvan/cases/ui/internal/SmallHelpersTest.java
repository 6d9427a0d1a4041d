package org.danvan.cases.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DueState;
import org.junit.jupiter.api.Test;

class SmallHelpersTest {

    @Test
    void dueStatesHaveDistinctColoursAndOverdueIsTheAlarm() {
        assertTrue(CaseBadges.dueTheme(DueState.OVERDUE).contains("error"));
        assertTrue(CaseBadges.dueTheme(DueState.ON_TIME).contains("success"));
        assertEquals("badge", CaseBadges.dueTheme(DueState.NEAR_DUE));
        assertEquals("#fff1c2", CaseBadges.due(DueState.NEAR_DUE, "x").getStyle().get("background-color"),
                "near due is amber");
        assertEquals("badge contrast", CaseBadges.dueTheme(DueState.NONE));
        assertEquals("badge contrast", CaseBadges.dueTheme(null));
        assertEquals("cases.ui.due.NONE", CaseBadges.dueKey(null));
        assertEquals("OVERDUE", CaseBadges.due(DueState.OVERDUE, "x").getElement().getAttribute("data-due"));
        assertFalse(CaseBadges.statusTheme(CaseStatus.ACCEPTED).contains("contrast"));
        assertTrue(CaseBadges.statusTheme(CaseStatus.CLOSED).contains("contrast"));
    }

    @Test
    void sizesReadNaturally() {
        Locale vi = Locale.forLanguageTag("vi");
        assertEquals("20 MB", UploadLimits.megabytes(UploadLimits.MAX_BYTES, vi));
        assertEquals("1,5 MB", UploadLimits.megabytes(3 * 512 * 1024, vi));
        assertEquals("1.5 MB", UploadLimits.megabytes(3 * 512 * 1024, Locale.ENGLISH));
        assertEquals("999 B", UploadLimits.size(999, vi));
        assertEquals("2 KB", UploadLimits.size(2048, vi));
    }
}
