package org.danvan.noticeboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeAccessException;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeConflictException;
import org.danvan.noticeboard.api.NoticeDraft;
import org.danvan.noticeboard.api.NoticeValidationException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notice service against a real database; subclasses choose H2 or MariaDB. */
abstract class NoticeServiceContract {

    /** 18:00 UTC on 1 March is already 2 March in Vietnam (UTC+7). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T18:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static final UserPrincipal CHAIR = new UserPrincipal(11, "chutich.tiendu", "Nguyễn Văn An", 4L, "Xã Tiên Du",
            Set.of(NoticeBoardPermissions.VIEW, NoticeBoardPermissions.PUBLISH));
    static final UserPrincipal OBSERVER = new UserPrincipal(12, "quansat", "Vũ Thị Giang", 5L, "Ban Dân vận Tỉnh ủy",
            Set.of(NoticeBoardPermissions.VIEW));

    protected ModuleTestDatabase database;
    private NoticeServiceImpl service;

    protected abstract ModuleTestDatabase createDatabase();

    @BeforeEach
    void start() {
        database = createDatabase();
        service = new NoticeServiceImpl(database, CLOCK);
    }

    @AfterEach
    void stop() {
        service.deactivate();
        database.close();
    }

    private Notice publish(String title, LocalDate from, LocalDate until) {
        return service.create(new NoticeDraft(title, "Nội dung của " + title, from, until), CHAIR);
    }

    private List<String> publishedTitles() {
        return service.listPublished(0, NoticeServiceImpl.MAX_PAGE_SIZE).stream().map(Notice::title).toList();
    }

    @Test
    void createsANoticeWithItsAuthorAndUnit() {
        Notice notice = service.create(new NoticeDraft("  Lịch tiếp công dân tháng 3  ",
                "Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần.\nĐịa điểm: Trụ sở UBND xã.", TODAY, null),
                CHAIR);
        assertEquals("Lịch tiếp công dân tháng 3", notice.title(), "surrounding spaces are dropped");
        assertEquals("chutich.tiendu", notice.authorLogin());
        assertEquals("Nguyễn Văn An", notice.authorName());
        assertEquals(4L, notice.orgUnitId());
        assertEquals("Xã Tiên Du", notice.orgUnitName());
        assertEquals(Instant.parse("2026-03-01T18:00:00Z"), notice.createdAt());
        assertEquals(notice, service.find(notice.id()).orElseThrow());
        assertEquals(List.of(notice), service.listPublished(0, 10));
        assertEquals(1, service.countPublished());
    }

    @Test
    void listsOnlyNoticesPublishedTodayInVietnamNewestFirst() {
        publish("Hết hạn hôm qua", TODAY.minusDays(10), TODAY.minusDays(1));
        publish("Hết hạn hôm nay", TODAY.minusDays(3), TODAY);
        publish("Đăng từ ngày mai", TODAY.plusDays(1), null);
        publish("Đăng hôm nay", TODAY, TODAY.plusDays(30));
        publish("Không hết hạn", TODAY.minusDays(5), null);
        publish("Đăng tuần trước", TODAY.minusDays(7), TODAY.plusDays(7));

        assertEquals(List.of("Đăng hôm nay", "Hết hạn hôm nay", "Không hết hạn", "Đăng tuần trước"), publishedTitles());
        assertEquals(4, service.countPublished());
    }

    @Test
    void noticesOfTheSameDayListTheLatestFirst() {
        publish("Tin thứ nhất", TODAY, null);
        publish("Tin thứ hai", TODAY, null);
        publish("Tin thứ ba", TODAY, null);
        assertEquals(List.of("Tin thứ ba", "Tin thứ hai", "Tin thứ nhất"), publishedTitles());
    }

    @Test
    void pagesCoverTheListExactlyOnce() {
        for (int i = 1; i <= 7; i++) {
            publish("Thông báo số " + i, TODAY.minusDays(i), null);
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            List<Notice> page = service.listPublished(offset, 3);
            sizes.add(page.size());
            page.forEach(n -> seen.add(n.title()));
        }
        assertEquals(List.of(3, 3, 1), sizes);
        assertEquals(7, new HashSet<>(seen).size());
        assertEquals("Thông báo số 1", seen.get(0));
        assertEquals("Thông báo số 7", seen.get(6));
        assertEquals(7, service.countPublished());
        assertThrows(IllegalArgumentException.class, () -> service.listPublished(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> service.listPublished(0, 0));
        assertThrows(IllegalArgumentException.class, () -> service.listPublished(0, 501));
    }

    @Test
    void invalidDraftsAreRefusedWithEveryKeyAndNothingIsStored() {
        NoticeValidationException refused = assertThrows(NoticeValidationException.class,
                () -> service.create(new NoticeDraft(" ", "x".repeat(10_001), TODAY, TODAY.minusDays(1)), CHAIR));
        assertEquals(List.of(NoticeDraft.TITLE_REQUIRED, NoticeDraft.BODY_TOO_LONG,
                NoticeDraft.EXPIRES_BEFORE_PUBLISH), refused.messageKeys());
        assertEquals(NoticeDraft.TITLE_REQUIRED, refused.messageKey());
        assertEquals(0, service.countPublished());

        Notice notice = publish("Tin hợp lệ", TODAY, null);
        NoticeValidationException onUpdate = assertThrows(NoticeValidationException.class,
                () -> service.update(notice.id(), notice.version(), new NoticeDraft("a".repeat(201), "", null, null),
                        CHAIR));
        assertEquals(List.of(NoticeDraft.TITLE_TOO_LONG, NoticeDraft.BODY_REQUIRED, NoticeDraft.PUBLISH_FROM_REQUIRED),
                onUpdate.messageKeys());
        assertEquals(notice, service.find(notice.id()).orElseThrow(), "unchanged");
    }

    @Test
    void onlyPublishersMayWrite() {
        NoticeAccessException refused = assertThrows(NoticeAccessException.class,
                () -> service.create(new NoticeDraft("Tin", "Nội dung", TODAY, null), OBSERVER));
        assertEquals("noticeboard.error.forbidden", refused.messageKey());
        assertEquals(0, service.countPublished());

        Notice notice = publish("Tin của chủ tịch", TODAY, null);
        assertThrows(NoticeAccessException.class, () -> service.update(notice.id(), notice.version(),
                new NoticeDraft("Sửa", "Sửa", TODAY, null), OBSERVER));
        assertThrows(NoticeAccessException.class, () -> service.delete(notice.id(), notice.version(), OBSERVER));
        assertEquals(notice, service.find(notice.id()).orElseThrow());
    }

    @Test
    void staleVersionsConflict() {
        Notice original = publish("Họp giao ban", TODAY, null);
        Notice edited = service.update(original.id(), original.version(),
                new NoticeDraft("Họp giao ban (đổi giờ)", "Chuyển sang 14 giờ.", TODAY, TODAY.plusDays(2)), CHAIR);
        assertEquals(original.version() + 1, edited.version());
        assertEquals("Họp giao ban (đổi giờ)", edited.title());
        assertEquals(TODAY.plusDays(2), edited.expiresOn());

        // a second editor who opened the notice before the first one saved
        NoticeConflictException late = assertThrows(NoticeConflictException.class, () -> service.update(original.id(),
                original.version(), new NoticeDraft("Họp giao ban", "Bản cũ", TODAY, null), CHAIR));
        assertEquals("noticeboard.error.changed", late.messageKey());
        assertThrows(NoticeConflictException.class, () -> service.delete(original.id(), original.version(), CHAIR));
        assertEquals(edited, service.find(original.id()).orElseThrow(), "the first save stands");

        service.delete(edited.id(), edited.version(), CHAIR);
        assertTrue(service.find(edited.id()).isEmpty());
        NoticeConflictException gone = assertThrows(NoticeConflictException.class, () -> service.update(edited.id(),
                edited.version(), new NoticeDraft("Tin", "Tin", TODAY, null), CHAIR));
        assertEquals("noticeboard.error.gone", gone.messageKey());
        assertEquals(0, service.countPublished());
    }

    @Test
    void vietnameseTextAndTheLongestBodyRoundTrip() {
        String sentence = "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tiên Du thông báo: chữ Nôm 𡨸 được giữ nguyên. ";
        StringBuilder body = new StringBuilder();
        while (body.length() + sentence.length() <= NoticeDraft.BODY_MAX_LENGTH) {
            body.append(sentence);
        }
        String longest = body + "x".repeat(NoticeDraft.BODY_MAX_LENGTH - body.length());
        assertEquals(NoticeDraft.BODY_MAX_LENGTH, longest.length());
        String title = "Thông báo về việc tổ chức Hội nghị đối thoại với Nhân dân năm 2026 ở Phường Kinh Bắc"
                .substring(0, 80);
        Notice notice = service.create(new NoticeDraft(title, longest, TODAY, null), CHAIR);
        Notice reread = service.find(notice.id()).orElseThrow();
        assertEquals(title, reread.title());
        assertEquals(longest, reread.body());
        assertNull(reread.expiresOn());
    }
}
