package org.danvan.noticeboard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeDraft;
import org.junit.jupiter.api.Test;

/** The editor's form bean: what a new notice starts with and how an edit starts from the stored notice. */
class NoticeEditorLogicTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aNewNoticeIsPublishedTodayByDefault() {
        NoticeForm form = NoticeForm.blank(DAY);
        assertEquals(new NoticeDraft("", "", DAY, null), form.toDraft());
        assertEquals(List.of(NoticeDraft.TITLE_REQUIRED, NoticeDraft.BODY_REQUIRED),
                form.toDraft().validate().stream().map(v -> v.messageKey()).toList());
    }

    @Test
    void editingStartsFromTheStoredContent() {
        Notice stored = new Notice(7, 3, "Lịch họp", "Nội dung", "admin", "Quản trị hệ thống", 1L, "Tỉnh Bắc Ninh",
                DAY, DAY.plusDays(5), Instant.EPOCH, Instant.EPOCH);
        NoticeForm form = NoticeForm.of(stored);
        form.setTitle("  Lịch họp (sửa)  ");
        assertEquals(new NoticeDraft("Lịch họp (sửa)", "Nội dung", DAY, DAY.plusDays(5)), form.toDraft());
    }
}
