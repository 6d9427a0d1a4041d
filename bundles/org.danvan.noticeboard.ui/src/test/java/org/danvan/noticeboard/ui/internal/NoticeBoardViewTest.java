package org.danvan.noticeboard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeDraft;
import org.danvan.noticeboard.internal.NoticeServiceImpl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The screen on the real notice service (H2), driven without a browser. */
class NoticeBoardViewTest {

    private static final UserPrincipal CHAIR = new UserPrincipal(11, "chutich.tiendu", "Nguyễn Văn An",
            FakeUnits.TIEN_DU, "Xã Tiên Du", Set.of(NoticeBoardPermissions.VIEW, NoticeBoardPermissions.PUBLISH));
    private static final UserPrincipal READER = new UserPrincipal(12, "truongthon", "Lê Văn Ba", FakeUnits.VILLAGE,
            "Thôn Đông", Set.of(NoticeBoardPermissions.VIEW));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, NoticeBoardPermissions.VIEW, NoticeBoardPermissions.PUBLISH)
            .grant(READER, FakeUnits.VILLAGE, NoticeBoardPermissions.VIEW);
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final TestDatabase database = TestDatabase.h2();
    private final NoticeServiceImpl service = new NoticeServiceImpl(database, access, units, audit,
            java.time.Clock.system(LocalizedDates.VIETNAM));

    @AfterEach
    void stop() {
        service.deactivate();
        database.close();
    }

    @Test
    void aPublisherWritesANoticeInTheDialogAndItIsStoredAndAudited() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new NoticeBoardView(service));
            harness.find("notice-new", Button.class).click();
            harness.find("notice-title", TextField.class).setValue("  Họp giao ban thứ Hai ");
            harness.find("notice-body", TextArea.class).setValue("Tại hội trường UBND xã, 8 giờ.");
            harness.find("notice-save", Button.class).click();

            List<Notice> stored = service.listPublished(CHAIR, 0, 10);
            assertEquals(1, stored.size());
            assertEquals("Họp giao ban thứ Hai", stored.get(0).title());
            assertEquals(LocalizedDates.today(), stored.get(0).publishFrom(), "published today by default");
            assertEquals(List.of("noticeboard.notice.created"), audit.actions());
            assertTrue(harness.findOptional("notice-editor", Component.class).isEmpty(), "the dialog closed");
            assertTrue(service.mayEdit(stored.get(0), CHAIR));
        }
    }

    @Test
    void aMistakeStaysInTheDialogAtItsFieldAndNothingIsStored() {
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new NoticeBoardView(service));
            harness.find("notice-new", Button.class).click();
            harness.find("notice-body", TextArea.class).setValue("Nội dung không có tiêu đề");
            harness.find("notice-save", Button.class).click();

            TextField title = harness.find("notice-title", TextField.class);
            assertTrue(title.isInvalid());
            assertEquals("!{" + NoticeDraft.TITLE_REQUIRED + "}!", title.getErrorMessage());
            assertTrue(harness.findOptional("notice-editor", Component.class).isPresent(), "still open");
            assertEquals(0, database.count("nb_notice"));
        }
    }

    @Test
    void aReaderGetsNoButtonToPublish() {
        service.create(new NoticeDraft("Lịch trực Tết", "Trực 24/24.", LocalDate.now(LocalizedDates.VIETNAM), null),
                CHAIR);
        try (UiHarness harness = new UiHarness(READER)) {
            harness.show(new NoticeBoardView(service));
            assertFalse(harness.findOptional("notice-new", Button.class).isPresent());
            assertEquals(1, service.countPublished(READER), "the village reads its commune's notice");
        }
    }
}
