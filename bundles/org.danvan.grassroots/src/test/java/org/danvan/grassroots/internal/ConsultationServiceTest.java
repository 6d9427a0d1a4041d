package org.danvan.grassroots.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.Comment;
import org.danvan.grassroots.api.CommentChannel;
import org.danvan.grassroots.api.CommentDraft;
import org.danvan.grassroots.api.Consultation;
import org.danvan.grassroots.api.ConsultationDraft;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.PublicConsultation;
import org.danvan.grassroots.api.PublicDisclosures;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.RealRules;
import org.danvan.sdk.testing.RecordingAuditTrail;
import org.danvan.sdk.testing.SettableClock;
import org.danvan.sdk.testing.TestKeys;
import org.danvan.sdk.testing.db.OnEveryDatabase;
import org.danvan.sdk.testing.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matters put to the people for comment, on H2 and MariaDB. */
@OnEveryDatabase
class ConsultationServiceTest {

    @TempDir
    Path keyDirectory;

    static final UserPrincipal CHAIR = new UserPrincipal(2, "tiendu", "tiendu", FakeUnits.TIEN_DU, null, Set.of());
    static final UserPrincipal LIM = new UserPrincipal(3, "lim", "lim", FakeUnits.LIM, null, Set.of());

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(CHAIR, FakeUnits.TIEN_DU, GrassrootsPermissions.MANAGE_DECISIONS)
            .grant(LIM, FakeUnits.LIM, GrassrootsPermissions.MANAGE_DECISIONS);
    private final SettableClock clock = SettableClock.at("2026-03-02T08:00");
    private final RecordingAuditTrail audit = new RecordingAuditTrail(clock);
    private TestDatabase database;
    private GrassrootsServices services;
    private ConsultationService consultations;
    private PublicDisclosures publicPage;

    @BeforeEach
    void start(TestDatabase database) {
        this.database = database;
        services = new GrassrootsServices(database, access, units, audit,
                RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
                TestKeys.in(keyDirectory), clock);
        consultations = services.consultations();
        publicPage = services;
    }

    @AfterEach
    void stop() {
        services.deactivate();
    }

    private Consultation open(long unit, LocalDate closesOn, UserPrincipal by) {
        return consultations.create(new ConsultationDraft(unit, "Dự thảo quy hoạch khu dân cư",
                "Mở rộng khu dân cư phía đông thôn Đông.", LocalDate.of(2026, 3, 2), closesOn), by);
    }

    @Test
    void theCommentPeriodLastsAtLeastTwentyDaysBothEndsCounted() {
        ValidationException shortPeriod = assertThrows(ValidationException.class,
                () -> open(FakeUnits.TIEN_DU, LocalDate.of(2026, 3, 20), CHAIR));
        assertEquals(ConsultationDraft.PERIOD_TOO_SHORT, shortPeriod.violations().get(0).messageKey());
        assertEquals(20, shortPeriod.violations().get(0).args().get(0));
        assertTrue(String.valueOf(shortPeriod.violations().get(0).args().get(1)).contains("Điều 28"));
        Consultation ok = open(FakeUnits.TIEN_DU, LocalDate.of(2026, 3, 21), CHAIR);
        assertEquals(LocalDate.of(2026, 3, 21), ok.closesOn());
        assertThrows(AccessDeniedException.class, () -> open(FakeUnits.TIEN_DU, LocalDate.of(2026, 3, 31), LIM));
        assertEquals(1, database.count("gr_consultation"));
    }

    @Test
    void aCitizenCommentsOnThePublicPageWithoutAnAccountWithinALimit() {
        Consultation c = open(FakeUnits.VILLAGE, LocalDate.of(2026, 3, 31), CHAIR);
        Consultation lim = open(FakeUnits.LIM, LocalDate.of(2026, 3, 31), LIM);
        List<PublicConsultation> shown = publicPage.consultations("27-TD");
        assertEquals(List.of(c.id()), shown.stream().map(PublicConsultation::id).toList());
        assertTrue(shown.get(0).open());

        publicPage.comment("27-TD", c.id(), new CommentDraft("Đề nghị làm rãnh thoát nước.", "Bà Hoa",
                "0912 345 678"), "10.0.0.7");
        List<Comment> comments = consultations.comments(c.id(), CHAIR);
        assertEquals(1, comments.size());
        assertEquals(CommentChannel.PUBLIC_PAGE, comments.get(0).channel());
        assertEquals("0912 345 678", comments.get(0).contact(), "staff see the contact");
        assertEquals(List.of(), consultations.comments(c.id(), LIM), "another commune sees nothing");
        assertTrue(audit.events().stream().noneMatch(e -> e.details().containsValue("0912 345 678")),
                "the contact never goes into the trail");

        assertEquals(PublicDisclosures.NOT_OPEN, assertThrows(ValidationException.class, () -> publicPage.comment(
                "27-TD", lim.id(), new CommentDraft("Ý kiến", null, null), "10.0.0.8")).violations().get(0)
                .messageKey(), "Lim's consultation is not on Tiên Du's page");
        assertEquals(CommentDraft.TEXT_REQUIRED, assertThrows(ValidationException.class, () -> publicPage.comment(
                "27-TD", c.id(), new CommentDraft("  ", null, null), "10.0.0.7")).violations().get(0).messageKey());
        publicPage.comment("27-TD", c.id(), new CommentDraft("Ý kiến 2", null, null), "10.0.0.7");
        publicPage.comment("27-TD", c.id(), new CommentDraft("Ý kiến 3", null, null), "10.0.0.7");
        ValidationException limited = assertThrows(ValidationException.class, () -> publicPage.comment("27-TD",
                c.id(), new CommentDraft("Ý kiến 4", null, null), "10.0.0.7"));
        assertEquals(PublicDisclosures.RATE_LIMITED, limited.violations().get(0).messageKey());
        publicPage.comment("27-TD", c.id(), new CommentDraft("Từ máy khác", null, null), "10.0.0.9");
        assertEquals(4, consultations.comments(c.id(), CHAIR).size());

        access.enableModuleOnlyAt(GrassrootsPermissions.MODULE, FakeUnits.LIM);
        assertEquals(List.of(), publicPage.consultations("27-TD"), "no page where the module is not enabled");
    }

    @Test
    void aContactIsStoredEncryptedReadInClearByStaffAndOldClearRowsAreEncryptedAtStart() {
        Consultation c = open(FakeUnits.VILLAGE, LocalDate.of(2026, 3, 31), CHAIR);
        publicPage.comment("27-TD", c.id(), new CommentDraft("Đề nghị mở rộng đường.", "Bà Lụa",
                "Nguyễn Thị Lụa, 0987 654 321"), "10.0.0.7");
        List<Object> stored = database.column("SELECT contact FROM gr_comment");
        assertEquals(1, stored.size());
        String ciphertext = String.valueOf(stored.get(0));
        assertTrue(ciphertext.startsWith("v1:") && !ciphertext.contains("0987") && !ciphertext.contains("Lụa"),
                "the column holds ciphertext: " + ciphertext);
        assertEquals("Nguyễn Thị Lụa, 0987 654 321", consultations.comments(c.id(), CHAIR).get(0).contact());

        // a row written in clear by the module's previous version, and a ciphertext copied to another consultation's
        // comment (bound to its consultation, it does not open there, and does not stop the module from starting)
        Consultation other = open(FakeUnits.TIEN_DU, LocalDate.of(2026, 3, 31), CHAIR);
        consultations.addComment(other.id(), CommentChannel.MEETING, new CommentDraft("Ý kiến", "Ông Ba", "x"), CHAIR);
        database.update("UPDATE gr_comment SET contact = ? WHERE consultation_id = ?", ciphertext, other.id());
        database.update("UPDATE gr_comment SET contact = ? WHERE consultation_id = ?", "0912 000 111", c.id());
        services.deactivate();
        services = new GrassrootsServices(database, access, units, audit,
                RealRules.withModuleFiles("rules/grassroots-rules.csv"), access.moduleEnablement(),
                TestKeys.in(keyDirectory), clock);
        consultations = services.consultations();
        String moved = String.valueOf(database.column("SELECT contact FROM gr_comment WHERE consultation_id = ?",
                c.id()).get(0));
        assertTrue(moved.startsWith("v1:") && !moved.contains("0912"), "encrypted at start: " + moved);
        assertEquals("0912 000 111", consultations.comments(c.id(), CHAIR).get(0).contact());
        assertThrows(IllegalStateException.class, () -> consultations.comments(other.id(), CHAIR),
                "a ciphertext copied to another consultation's comment does not open");
    }

    @Test
    void theExplanationIsPublishedOnlyAfterThePeriodAndThenShownToCitizens() {
        Consultation c = open(FakeUnits.TIEN_DU, LocalDate.of(2026, 3, 21), CHAIR);
        Comment said = consultations.addComment(c.id(), CommentChannel.MEETING,
                new CommentDraft("Giữ lại sân đình.", "Ông Tư", null), CHAIR);
        Comment decided = consultations.decide(said.id(), said.version(), true, CHAIR);
        assertEquals(Boolean.TRUE, decided.taken());
        Consultation current = consultations.list(CHAIR).get(0);
        assertEquals(1, current.comments());
        assertEquals(ConsultationService.NOT_CLOSED, assertThrows(ValidationException.class,
                () -> consultations.publishExplanation(c.id(), current.version(), "Tiếp thu", CHAIR)).violations()
                .get(0).messageKey());

        clock.setDay(LocalDate.of(2026, 3, 22));
        assertEquals(PublicDisclosures.NOT_OPEN, assertThrows(ValidationException.class, () -> publicPage.comment(
                "27-TD", c.id(), new CommentDraft("Muộn", null, null), "10.0.0.7")).violations().get(0).messageKey());
        assertEquals(List.of(), publicPage.consultations("27-TD"), "closed and not explained yet: not shown");
        Consultation explained = consultations.publishExplanation(c.id(), current.version(),
                "Tiếp thu ý kiến giữ lại sân đình; điều chỉnh ranh giới phía tây.", CHAIR);
        assertEquals(LocalDate.of(2026, 3, 22), explained.explainedOn());
        PublicConsultation shown = publicPage.consultations("27-TD").get(0);
        assertEquals(false, shown.open());
        assertTrue(shown.explanation().startsWith("Tiếp thu"));
        assertNull(consultations.list(LIM).stream().findFirst().orElse(null));
        assertEquals(List.of("grassroots.consultation.created", "grassroots.comment.added",
                "grassroots.comment.decided", "grassroots.consultation.explained"), audit.actions());
    }
}
