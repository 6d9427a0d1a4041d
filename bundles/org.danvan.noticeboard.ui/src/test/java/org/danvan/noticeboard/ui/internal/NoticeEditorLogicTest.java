package org.danvan.noticeboard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeDraft;
import org.junit.jupiter.api.Test;

/** What the editor does without a browser: its form bean and where service errors are shown. */
class NoticeEditorLogicTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aNewNoticeIsPublishedTodayByDefault() {
        NoticeForm form = NoticeForm.blank(DAY);
        assertEquals(new NoticeDraft("", "", DAY, null), form.toDraft());
        assertEquals(List.of(NoticeDraft.TITLE_REQUIRED, NoticeDraft.BODY_REQUIRED), form.toDraft().validate());
    }

    @Test
    void editingStartsFromTheStoredContent() {
        Notice stored = new Notice(7, 3, "Lịch họp", "Nội dung", "admin", "Quản trị hệ thống", 1L, "Tỉnh Bắc Ninh",
                DAY, DAY.plusDays(5), Instant.EPOCH, Instant.EPOCH);
        NoticeForm form = NoticeForm.of(stored);
        form.setTitle("  Lịch họp (sửa)  ");
        assertEquals(new NoticeDraft("Lịch họp (sửa)", "Nội dung", DAY, DAY.plusDays(5)), form.toDraft());
    }

    @Test
    void everyValidationKeyHasItsField() {
        assertEquals(NoticeField.TITLE, NoticeField.of(NoticeDraft.TITLE_REQUIRED));
        assertEquals(NoticeField.TITLE, NoticeField.of(NoticeDraft.TITLE_TOO_LONG));
        assertEquals(NoticeField.BODY, NoticeField.of(NoticeDraft.BODY_REQUIRED));
        assertEquals(NoticeField.BODY, NoticeField.of(NoticeDraft.BODY_TOO_LONG));
        assertEquals(NoticeField.PUBLISH_FROM, NoticeField.of(NoticeDraft.PUBLISH_FROM_REQUIRED));
        assertEquals(NoticeField.EXPIRES_ON, NoticeField.of(NoticeDraft.EXPIRES_BEFORE_PUBLISH));
        assertNull(NoticeField.of("noticeboard.error.changed"));
        assertNull(NoticeField.of(null));
    }

    @Test
    void datePickersSpeakVietnamese() {
        var vi = java.util.Locale.forLanguageTag("vi");
        List<String> months = LocalizedDates.monthNames(vi);
        assertEquals(12, months.size());
        assertEquals("Tháng 1", months.get(0));
        List<String> days = LocalizedDates.weekdays(vi, java.time.format.TextStyle.FULL_STANDALONE);
        assertEquals("Chủ Nhật", days.get(0));
        assertEquals("Thứ Hai", days.get(1));
        assertEquals("dd/MM/yyyy", LocalizedDates.i18n(vi, "Hôm nay", "Hủy").getDateFormats().get(0));
        assertEquals(1, LocalizedDates.i18n(vi, "Hôm nay", "Hủy").getFirstDayOfWeek());
    }
}
