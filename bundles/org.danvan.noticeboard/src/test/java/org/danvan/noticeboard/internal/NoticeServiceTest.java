package org.danvan.noticeboard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeDraft;
import org.danvan.noticeboard.api.NoticeService;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

/** The notice service on a real database, once on H2 and once on MariaDB (latin1 by default). */
@OnEveryDatabase
class NoticeServiceTest {

    /** 18:00 UTC on 1 March is already 2 March in Vietnam (UTC+7). */
    private static final Instant NOW = Instant.parse("2026-03-01T18:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    /** Principals carry whatever permissions the shell put there; the service decides on the grants below. */
    static final UserPrincipal ADMIN = user(1, "admin", "Quản trị hệ thống", FakeUnits.PROVINCE, "Tỉnh Bắc Ninh");
    static final UserPrincipal CHAIR = user(11, "chutich.tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU, "Xã Tiên Du");
    static final UserPrincipal LIM_CHAIR = user(12, "chutich.lim", "Đỗ Thị Hà", FakeUnits.LIM, "Xã Lim");
    static final UserPrincipal VILLAGE_HEAD = user(13, "truongthon", "Lê Văn Ba", FakeUnits.VILLAGE, "Thôn Đông");
    static final UserPrincipal OBSERVER = user(14, "quansat", "Vũ Thị Giang", FakeUnits.TIEN_DU, "Xã Tiên Du");
    static final UserPrincipal NO_UNIT = user(15, "khach", "Khách", null, null);

    private static UserPrincipal user(long id, String login, String name, Long unit, String unitName) {
        return new UserPrincipal(id, login, name, unit, unitName,
                Set.of(NoticeBoardPermissions.VIEW, NoticeBoardPermissions.PUBLISH));
    }

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(ADMIN, FakeUnits.PROVINCE, NoticeBoardPermissions.VIEW, NoticeBoardPermissions.PUBLISH)
            .grant(CHAIR, FakeUnits.TIEN_DU, NoticeBoardPermissions.VIEW, NoticeBoardPermissions.PUBLISH)
            .grant(LIM_CHAIR, FakeUnits.LIM, NoticeBoardPermissions.VIEW, NoticeBoardPermissions.PUBLISH)
            .grant(VILLAGE_HEAD, FakeUnits.VILLAGE, NoticeBoardPermissions.VIEW)
            .grant(OBSERVER, FakeUnits.TIEN_DU, NoticeBoardPermissions.VIEW);
    private final SettableClock clock = SettableClock.at(NOW);
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private NoticeServiceImpl service;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        service = new NoticeServiceImpl(database, access, units, audit, clock);
    }

    @AfterEach
    void stop() {
        service.deactivate();
    }

    private Notice publish(String title, LocalDate from, LocalDate until) {
        return publish(CHAIR, title, from, until);
    }

    private Notice publish(UserPrincipal author, String title, LocalDate from, LocalDate until) {
        return service.create(new NoticeDraft(title, "Nội dung của " + title, from, until), author);
    }

    private List<String> titles(UserPrincipal reader) {
        return service.listPublished(reader, 0, NoticeService.MAX_PAGE_SIZE).stream().map(Notice::title).toList();
    }

    private static List<String> keys(ValidationException refusal) {
        return refusal.violations().stream().map(Violation::messageKey).toList();
    }

    @Test
    void aNoticeBelongsToItsAuthorsUnitAndIsAudited() {
        Notice notice = service.create(new NoticeDraft("  Lịch tiếp công dân tháng 3  ",
                "Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần.\nĐịa điểm: Trụ sở UBND xã.", TODAY, null),
                CHAIR);
        assertEquals("Lịch tiếp công dân tháng 3", notice.title(), "surrounding spaces are dropped");
        assertEquals("chutich.tiendu", notice.authorLogin());
        assertEquals("Nguyễn Văn An", notice.authorName());
        assertEquals(FakeUnits.TIEN_DU, notice.orgUnitId());
        assertEquals("Xã Tiên Du", notice.orgUnitName());
        assertEquals(NOW, notice.createdAt());
        assertEquals(notice, service.find(notice.id(), CHAIR).orElseThrow());
        assertEquals(List.of(notice), service.listPublished(CHAIR, 0, 10));
        assertEquals(1, service.countPublished(CHAIR));

        AuditEvent event = audit.last();
        assertEquals("noticeboard.notice.created", event.action());
        assertEquals("chutich.tiendu", event.actorLogin());
        assertEquals(11L, event.actorUserId());
        assertEquals("notice", event.targetType());
        assertEquals(Long.toString(notice.id()), event.targetId());
        assertEquals(FakeUnits.TIEN_DU, event.unitId());
        assertEquals(Map.of("title", "Lịch tiếp công dân tháng 3", "publishFrom", "2026-03-02", "expiresOn", ""),
                event.details());
    }

    @Test
    void readersSeeTheirUnitsNoticesThoseAboveAndBelowButNotTheirNeighbours() {
        Notice province = publish(ADMIN, "Thông báo của tỉnh", TODAY, null);
        Notice tienDu = publish(CHAIR, "Thông báo của xã Tiên Du", TODAY, null);
        Notice lim = publish(LIM_CHAIR, "Thông báo của xã Lim", TODAY, null);

        assertEquals(Set.of(province.title(), tienDu.title(), lim.title()), Set.copyOf(titles(ADMIN)),
                "the province oversees every commune");
        assertEquals(Set.of(province.title(), tienDu.title()), Set.copyOf(titles(CHAIR)));
        assertEquals(Set.of(province.title(), tienDu.title()), Set.copyOf(titles(VILLAGE_HEAD)),
                "a village reads its commune's and its province's notices");
        assertEquals(Set.of(province.title(), lim.title()), Set.copyOf(titles(LIM_CHAIR)));
        assertEquals(2, service.countPublished(VILLAGE_HEAD));

        assertTrue(service.find(lim.id(), CHAIR).isEmpty(), "a neighbour's notice is not found either");
        assertTrue(service.find(lim.id(), ADMIN).isPresent());
        UserPrincipal stranger = user(99, "la", "Người lạ", FakeUnits.TIEN_DU, "Xã Tiên Du");
        assertEquals(List.of(), titles(stranger), "holding no grant, the principal's permissions count for nothing");
        assertEquals(0, service.countPublished(stranger));
    }

    @Test
    void whereTheModuleIsNotEnabledNobodyReadsOrPublishes() {
        publish(ADMIN, "Thông báo của tỉnh", TODAY, null);
        publish(CHAIR, "Thông báo của xã Tiên Du", TODAY, null);
        access.enableModuleOnlyAt("noticeboard", FakeUnits.TIEN_DU);
        assertEquals(List.of(), titles(LIM_CHAIR));
        assertFalse(service.mayPublish(LIM_CHAIR));
        assertThrows(AccessDeniedException.class, () -> publish(LIM_CHAIR, "Tin", TODAY, null));
        assertEquals(2, titles(VILLAGE_HEAD).size(), "enabled in Tiên Du: its village still reads both");
    }

    @Test
    void publishingNeedsThePermissionAtTheAuthorsOwnUnit() {
        assertFalse(service.mayPublish(OBSERVER));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> publish(OBSERVER, "Tin", TODAY, null));
        assertEquals(NoticeBoardPermissions.PUBLISH, refused.permission());
        assertThrows(AccessDeniedException.class, () -> publish(VILLAGE_HEAD, "Tin", TODAY, null));
        ValidationException noUnit = assertThrows(ValidationException.class, () -> publish(NO_UNIT, "Tin", TODAY, null));
        assertEquals(List.of(NoticeService.NO_UNIT), keys(noUnit));
        assertEquals(0, database.count("nb_notice"));
        assertEquals(List.of(), audit.actions(), "a refusal changes nothing and audits nothing");
        assertTrue(service.mayPublish(CHAIR));
    }

    @Test
    void editingNeedsThePermissionAtTheNoticesUnitSoTheProvinceMayModerate() {
        Notice notice = publish(CHAIR, "Họp giao ban", TODAY, null);
        assertFalse(service.mayEdit(notice, LIM_CHAIR));
        assertThrows(AccessDeniedException.class, () -> service.update(notice.id(), notice.version(),
                new NoticeDraft("Sửa", "Sửa", TODAY, null), LIM_CHAIR));
        assertThrows(AccessDeniedException.class, () -> service.delete(notice.id(), notice.version(), OBSERVER));
        assertEquals(notice, service.find(notice.id(), CHAIR).orElseThrow(), "unchanged");

        assertTrue(service.mayEdit(notice, ADMIN));
        Notice moderated = service.update(notice.id(), notice.version(),
                new NoticeDraft("Họp giao ban (đã sửa)", "Nội dung", TODAY, null), ADMIN);
        assertEquals("chutich.tiendu", moderated.authorLogin(), "the author stays");
        service.delete(moderated.id(), moderated.version(), ADMIN);
        assertEquals(List.of("noticeboard.notice.created", "noticeboard.notice.updated", "noticeboard.notice.deleted"),
                audit.actions());
        assertEquals("admin", audit.last().actorLogin());
        assertEquals(Map.of("title", "Họp giao ban (đã sửa)"), audit.last().details());
    }

    @Test
    void listsOnlyNoticesPublishedTodayInVietnamNewestFirst() {
        publish("Hết hạn hôm qua", TODAY.minusDays(10), TODAY.minusDays(1));
        publish("Hết hạn hôm nay", TODAY.minusDays(3), TODAY);
        publish("Đăng từ ngày mai", TODAY.plusDays(1), null);
        publish("Đăng hôm nay", TODAY, TODAY.plusDays(30));
        publish("Không hết hạn", TODAY.minusDays(5), null);
        publish("Đăng tuần trước", TODAY.minusDays(7), TODAY.plusDays(7));

        assertEquals(List.of("Đăng hôm nay", "Hết hạn hôm nay", "Không hết hạn", "Đăng tuần trước"), titles(CHAIR));
        assertEquals(4, service.countPublished(CHAIR));
        clock.advance(java.time.Duration.ofDays(1));
        assertEquals(List.of("Đăng từ ngày mai", "Đăng hôm nay", "Không hết hạn", "Đăng tuần trước"), titles(CHAIR),
                "the next day in Vietnam");
    }

    @Test
    void noticesOfTheSameDayListTheLatestFirst() {
        publish("Tin thứ nhất", TODAY, null);
        publish("Tin thứ hai", TODAY, null);
        publish("Tin thứ ba", TODAY, null);
        assertEquals(List.of("Tin thứ ba", "Tin thứ hai", "Tin thứ nhất"), titles(CHAIR));
    }

    @Test
    void pagesCoverTheListExactlyOnce() {
        for (int i = 1; i <= 7; i++) {
            publish("Thông báo số " + i, TODAY.minusDays(i), null);
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            List<Notice> page = service.listPublished(VILLAGE_HEAD, offset, 3);
            sizes.add(page.size());
            page.forEach(n -> seen.add(n.title()));
        }
        assertEquals(List.of(3, 3, 1), sizes);
        assertEquals(7, new HashSet<>(seen).size());
        assertEquals("Thông báo số 1", seen.get(0));
        assertEquals("Thông báo số 7", seen.get(6));
        assertThrows(IllegalArgumentException.class, () -> service.listPublished(CHAIR, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> service.listPublished(CHAIR, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> service.listPublished(CHAIR, 0, 501));
    }

    @Test
    void invalidDraftsAreRefusedAtTheirFieldsAndNothingIsStored() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> service.create(new NoticeDraft(" ", "x".repeat(10_001), TODAY, TODAY.minusDays(1)), CHAIR));
        assertEquals(List.of(Violation.of("title", NoticeDraft.TITLE_REQUIRED),
                Violation.of("body", NoticeDraft.BODY_TOO_LONG),
                Violation.of("expiresOn", NoticeDraft.EXPIRES_BEFORE_PUBLISH)), refused.violations());
        assertEquals(0, service.countPublished(CHAIR));

        Notice notice = publish("Tin hợp lệ", TODAY, null);
        ValidationException onUpdate = assertThrows(ValidationException.class,
                () -> service.update(notice.id(), notice.version(), new NoticeDraft("a".repeat(201), "", null, null),
                        CHAIR));
        assertEquals(List.of(NoticeDraft.TITLE_TOO_LONG, NoticeDraft.BODY_REQUIRED, NoticeDraft.PUBLISH_FROM_REQUIRED),
                keys(onUpdate));
        assertEquals(notice, service.find(notice.id(), CHAIR).orElseThrow(), "unchanged");
        assertEquals(List.of("noticeboard.notice.created"), audit.actions());
    }

    @Test
    void staleVersionsConflictAndDeletedNoticesAreGone() {
        Notice original = publish("Họp giao ban", TODAY, null);
        clock.advance(java.time.Duration.ofMinutes(5));
        Notice edited = service.update(original.id(), original.version(),
                new NoticeDraft("Họp giao ban (đổi giờ)", "Chuyển sang 14 giờ.", TODAY, TODAY.plusDays(2)), CHAIR);
        assertEquals(original.version() + 1, edited.version());
        assertEquals(TODAY.plusDays(2), edited.expiresOn());
        assertEquals(NOW.plusSeconds(300), edited.updatedAt());

        // a second editor who opened the notice before the first one saved
        assertThrows(OptimisticLockException.class, () -> service.update(original.id(), original.version(),
                new NoticeDraft("Họp giao ban", "Bản cũ", TODAY, null), CHAIR));
        assertThrows(OptimisticLockException.class, () -> service.delete(original.id(), original.version(), CHAIR));
        assertEquals(edited, service.find(original.id(), CHAIR).orElseThrow(), "the first save stands");

        service.delete(edited.id(), edited.version(), CHAIR);
        assertTrue(service.find(edited.id(), CHAIR).isEmpty());
        ValidationException gone = assertThrows(ValidationException.class, () -> service.update(edited.id(),
                edited.version(), new NoticeDraft("Tin", "Tin", TODAY, null), CHAIR));
        assertEquals(List.of(NoticeService.GONE), keys(gone));
        assertEquals(0, database.count("nb_notice"));
    }

    @Test
    void noticesFromBeforeUnitsAreReadByAllAndEditedOnlyByTheWholeInstallationsPublishers() {
        // a row as version 1.0 of the module could leave it: the author had no unit
        database.update("INSERT INTO nb_notice (id, version, title, body, author_login, author_name, org_unit_id,"
                + " org_unit_name, publish_from, expires_on, created_at, updated_at) VALUES (100000, 1, 'Tin cũ',"
                + " 'Nội dung cũ', 'admin', 'Quản trị', NULL, NULL, ?, NULL, ?, ?)", TODAY.minusDays(30),
                java.sql.Timestamp.valueOf("2026-01-01 00:00:00"), java.sql.Timestamp.valueOf("2026-01-01 00:00:00"));
        assertEquals(List.of("Tin cũ"), titles(LIM_CHAIR));
        Notice old = service.find(100000, VILLAGE_HEAD).orElseThrow();
        assertNull(old.orgUnitId());
        assertFalse(service.mayEdit(old, CHAIR));
        assertThrows(AccessDeniedException.class, () -> service.delete(old.id(), old.version(), CHAIR));
        assertTrue(service.mayEdit(old, ADMIN));
        service.delete(old.id(), old.version(), ADMIN);
        assertEquals(0, database.count("nb_notice"));
    }

    @Test
    void aChangeWhoseAuditEntryFailsIsRolledBackAndTheFailureReachesTheCaller() {
        Notice kept = publish("Tin trước khi sổ nhật ký hỏng", TODAY, null);
        audit.failing(true);
        assertThrows(RuntimeException.class, () -> publish("Tin khi sổ nhật ký hỏng", TODAY, null));
        assertThrows(RuntimeException.class, () -> service.delete(kept.id(), kept.version(), CHAIR));
        audit.failing(false);
        assertEquals(1, database.count("nb_notice"), "no notice without its audit entry, none deleted without one");
        assertEquals(kept, service.find(kept.id(), CHAIR).orElseThrow());
        assertEquals(List.of("noticeboard.notice.created"), audit.actions());
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
        Notice reread = service.find(notice.id(), CHAIR).orElseThrow();
        assertEquals(title, reread.title());
        assertEquals(longest, reread.body());
        assertNull(reread.expiresOn());
    }
}
