package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.OnlineIntake;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.cases.api.OnlineSubmission;
import org.danvan.cases.api.OnlineSubmission.OnlineFile;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/** Online submissions: one transaction with the files, the portal as actor, the received day checked. */
abstract class OnlineIntakeContract extends CaseEngineFixture {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String DENOUNCER = "Hoàng Văn Tố";

    private static OnlineSubmission submission(CaseKind kind, PersonData who, java.time.LocalDate receivedOn,
            String consent, List<OnlineFile> files) {
        return new OnlineSubmission(TestOrgUnits.TIEN_DU, kind, who, "Cán bộ địa chính xã nhận tiền của dân khi "
                + "cấp giấy chứng nhận quyền sử dụng đất tại thôn Đông ngày 2/3/2026.", receivedOn, consent, files);
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(contentStore)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aDenunciationEntersOnTheOnlineChannelWithItsFileAndAProtectedIdentity() {
        PersonData denouncer = new PersonData(DENOUNCER, "Thôn Đông", null, "0912345678", "to@example.vn", null);
        OnlineReceipt receipt = engine.submit(submission(CaseKind.DENUNCIATION, denouncer, TODAY, "pdp-2026-01",
                List.of(new OnlineFile("bang-chung.pdf", PDF))));

        assertEquals(1, receipt.attachments());
        assertEquals(TODAY, receipt.receivedOn());
        assertEquals("denunciation.classify", receipt.nextDue().ruleId());
        assertTrue(engine.publicStatus(receipt.trackingCode()).isPresent(), "the code works on the status page");
        long id = engine.findByNumberOrId(INSPECTOR, receipt.number()).orElseThrow().id();
        CaseDetail detail = engine.detail(INSPECTOR, id);
        assertEquals(Channel.ONLINE, detail.channel());
        assertEquals(CaseStatus.RECEIVED, detail.summary().status());
        assertEquals(1, detail.attachments().size());
        assertEquals(OnlineIntake.ACTOR_LOGIN, detail.attachments().get(0).addedBy());
        assertEquals(CaseAction.INTAKE, detail.timeline().get(0).action());
        assertEquals(OnlineIntake.ACTOR_LOGIN, detail.timeline().get(0).actorLogin());
        assertEquals("pdp-2026-01", detail.timeline().get(0).details().get("consent"));
        assertTrue(detail.petitioners().get(0).masked(), "a denouncer is masked as at the counter");
        assertFalse(DENOUNCER.equals(detail.petitioners().get(0).person().fullName()));

        AuditEvent event = audit.events().stream().filter(e -> e.action().equals("case.intake.online"))
                .findFirst().orElseThrow();
        assertEquals(OnlineIntake.ACTOR_LOGIN, event.actorLogin());
        assertEquals(null, event.actorUserId(), "no user account: the audit trail refuses an id that is not positive");
        assertFalse(event.details().toString().contains(DENOUNCER));
        assertFalse(event.details().toString().contains("địa chính"), "no content in the audit trail");
    }

    @Test
    void anAnonymousDenunciationIsAcceptedAndAnAnonymousComplaintIsNot() {
        OnlineReceipt receipt = engine.submit(submission(CaseKind.DENUNCIATION, null, TODAY, "pdp-2026-01",
                List.of()));
        assertEquals(0, receipt.attachments());
        assertRefused("case.error.petitioners.required", () -> engine.submit(submission(CaseKind.COMPLAINT_FIRST,
                null, TODAY, "pdp-2026-01", List.of())));
    }

    @Test
    void theReceivedDayIsTodayOrTheNextWorkingDayOnly() {
        PersonData citizen = person("Ngô Thị Lan", null, "0987654321");
        // Tuesday 10 March 2026: the next working day is Wednesday 11
        OnlineReceipt next = engine.submit(submission(CaseKind.REFLECTION, citizen, TODAY.plusDays(1), "v1",
                List.of()));
        assertEquals(TODAY.plusDays(1), next.receivedOn());
        assertTrue(next.nextDue().clockStart().equals(TODAY.plusDays(1)), "the clock starts on the received day");
        assertRefused("case.error.online.received-on", () -> engine.submit(submission(CaseKind.REFLECTION, citizen,
                TODAY.plusDays(2), "v1", List.of())));
        assertRefused("case.error.online.received-on", () -> engine.submit(submission(CaseKind.REFLECTION, citizen,
                TODAY.minusDays(1), "v1", List.of())));
    }

    @Test
    void noConsentOrARefusedFileStoresNothing() throws IOException {
        PersonData citizen = person("Ngô Thị Lan", null, "0987654321");
        assertRefused("case.error.online.consent", () -> engine.submit(submission(CaseKind.REFLECTION, citizen,
                TODAY, " ", List.of(new OnlineFile("a.pdf", PDF)))));
        assertRefused("case.error.attachment.type", () -> engine.submit(submission(CaseKind.REFLECTION, citizen,
                TODAY, "v1", List.of(new OnlineFile("a.pdf", PDF), new OnlineFile("virus.pdf",
                        new byte[] {'M', 'Z', 0, 0, 1, 2, 3})))));
        assertTrue(storedFiles().isEmpty(), "the file stored before the refusal is removed again");
        assertTrue(engine.find(INSPECTOR, org.danvan.cases.api.CaseQuery.of(
                org.danvan.cases.api.Worklist.ALL)).items().isEmpty(), "no case was recorded");
    }
}
