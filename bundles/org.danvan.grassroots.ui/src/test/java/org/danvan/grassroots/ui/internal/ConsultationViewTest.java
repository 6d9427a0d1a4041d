package org.danvan.grassroots.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.Comment;
import org.danvan.grassroots.api.CommentChannel;
import org.danvan.grassroots.api.Consultation;
import org.danvan.grassroots.api.ConsultationDraft;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.internal.GrassrootsServices;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.TestDatabase;
import org.danvan.sdk.testing.ui.UiHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Consultations on the real services (H2): opened by staff, commented on from the public page. */
class ConsultationViewTest {

    static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "Nguyễn Văn An", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of(GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units).grant(CHAIR, FakeUnits.TIEN_DU,
            GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DECISIONS);
    private final TestDatabase database = TestDatabase.h2();
    private final GrassrootsServices services = new GrassrootsServices(database, access, units,
            new RecordingAuditTrail(), RealRules.withModuleFiles("rules/grassroots-rules.csv"),
            access.moduleEnablement(), TestKeys.inTemporaryDirectory(), PlatformTime.clock());

    @AfterEach
    void stop() {
        services.deactivate();
        database.close();
    }

    @Test
    void staffOpenAConsultationForAtLeastTheRulesDays() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        try (UiHarness harness = new UiHarness(CHAIR)) {
            harness.show(new ConsultationView(services.consultations(), units, access));
            harness.find("gr-consultation-new", Button.class).click();
            harness.find("gr-consultation-title", TextField.class).setValue("Quy hoạch khu dân cư");
            harness.find("gr-consultation-draft", TextArea.class).setValue("Mở rộng phía đông.");
            DatePicker closes = harness.find("gr-consultation-closes-on", DatePicker.class);
            closes.setValue(today.plusDays(18));
            harness.find("gr-consultation-save", Button.class).click();
            assertTrue(closes.isInvalid(), "19 days: too short");
            assertEquals("!{" + ConsultationDraft.PERIOD_TOO_SHORT + "}!", closes.getErrorMessage());
            closes.setValue(today.plusDays(19));
            harness.find("gr-consultation-save", Button.class).click();
            assertTrue(harness.findOptional("gr-consultation-dialog", Component.class).isEmpty());
            assertEquals(1, services.consultations().list(CHAIR).size());
        }
    }

    @Test
    void aCitizenCommentsFromThePublicPageAndStaffSeeTheContact() {
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        Consultation c = services.consultations().create(new ConsultationDraft(FakeUnits.TIEN_DU, "Quy hoạch",
                "Dự thảo", today, today.plusDays(19)), CHAIR);
        try (UiHarness harness = new UiHarness(null)) {
            PublicPageView page = harness.show(new PublicPageView(services, () -> "10.0.0.5"));
            page.show("27-TD");
            harness.find("gr-public-comment-text-" + c.id(), TextArea.class).setValue("Nên giữ cây đa đầu làng.");
            harness.find("gr-public-comment-contact-" + c.id(), TextField.class).setValue("0912 000 111");
            harness.find("gr-public-comment-send-" + c.id(), Button.class).click();
            Paragraph answer = harness.find("gr-public-comment-answer-" + c.id(), Paragraph.class);
            assertEquals("!{grassroots.ui.public.thanks}!", answer.getText());
            for (int i = 0; i < 3; i++) {
                harness.find("gr-public-comment-text-" + c.id(), TextArea.class).setValue("Ý kiến " + i);
                harness.find("gr-public-comment-send-" + c.id(), Button.class).click();
            }
            assertEquals("!{grassroots.validation.comment.rateLimited}!", answer.getText(), "the fourth is refused");
        }
        List<Comment> comments = services.consultations().comments(c.id(), CHAIR);
        assertEquals(3, comments.size());
        assertEquals(CommentChannel.PUBLIC_PAGE, comments.get(0).channel());
        assertEquals("0912 000 111", comments.get(0).contact());
    }
}
