package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.cases.api.OnlineSubmission;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.internal.model.CitizenMail;
import org.danvan.cases.internal.testing.BundleTranslator;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.mail.MailException;
import org.danvan.platform.api.mail.MailService;
import org.junit.jupiter.api.Test;

/**
 * The citizens' milestone mails: written with the step (and only if it commits), sent once with the citizen's
 * language, retried with backoff, kept while no mail service is there, and for a denunciation never a word of it.
 */
abstract class CitizenMailContract extends CaseEngineFixture {

    private static final String ADDRESS = "thu.ha@example.vn";
    private static final String MARK = "ĐấtThônĐông" + System.nanoTime();
    private static final String CONTENT = "Cán bộ địa chính xã nhận tiền của dân khi cấp giấy chứng nhận quyền sử dụng "
            + "đất tại thôn Đông, mã " + MARK + ".";
    private static final String DENOUNCER = "Hoàng Văn Tố";
    private static final String STATUS = "https://danvan.bacninh.example/tra-cuu";

    /** A mail server stand-in that records what it is handed, and can refuse the next few. */
    static final class Outbox implements MailService {
        final List<String[]> sent = new ArrayList<>();
        int refuseNext;
        boolean permanent;

        @Override
        public void send(String to, String subject, String body) throws MailException {
            if (refuseNext > 0) {
                refuseNext--;
                throw new MailException("421 try later <" + to + ">", permanent, null);
            }
            sent.add(new String[] {to, subject, body});
        }
    }

    private final Outbox server = new Outbox();

    private CitizenMailDrainer drainer(int maxAttempts) {
        return new CitizenMailDrainer(engine.context(), new CitizenMailTexts(new BundleTranslator(), STATUS),
                new CitizenMailDrainer.Settings(maxAttempts, Duration.ofSeconds(60), 30, 50));
    }

    private OnlineReceipt submit(CaseKind kind, PersonData who, String language, boolean mails) {
        return engine.submit(new OnlineSubmission(TestOrgUnits.TIEN_DU, kind, who, CONTENT, engine.context().today(),
                "pdp-2026-12", List.of(), language, mails));
    }

    private static PersonData citizen(String name) {
        return new PersonData(name, "Thôn Đông", null, "0912345678", ADDRESS, null);
    }

    private long caseId(OnlineReceipt receipt) {
        return engine.findByNumberOrId(INSPECTOR, receipt.number()).orElseThrow().id();
    }

    private long rows() {
        return store.read(em -> em.createQuery("SELECT COUNT(m) FROM CitizenMail m", Long.class).getSingleResult());
    }

    @Test
    void aComplaintsCitizenGetsTheReceiptAndTheAcceptanceInTheLanguageOfTheForm() {
        OnlineReceipt receipt = submit(CaseKind.COMPLAINT_FIRST, citizen("Đinh Thị Thu Hà"), "en", true);
        long id = caseId(receipt);

        assertEquals(1, drainer(8).drain(server).sent());
        assertEquals(1, server.sent.size());
        String[] received = server.sent.get(0);
        assertEquals(ADDRESS, received[0]);
        assertEquals("Petition " + receipt.trackingCode() + ": Petition received", received[1]);
        assertTrue(received[2].contains("Your petition was received on 10/03/2026."), received[2]);
        assertTrue(received[2].contains(STATUS + "?ma=" + receipt.trackingCode()), received[2]);
        assertFalse(received[2].contains("!"), "every key translated: " + received[2]);

        engine.classify(CHAIR, id, version(id), Classification.complete(CaseKind.COMPLAINT_FIRST));
        assertEquals(0, drainer(8).drain(server).sent(), "classifying is no milestone");
        engine.accept(CHAIR, id, version(id), TODAY);
        assertEquals(1, drainer(8).drain(server).sent());
        assertEquals("Petition " + receipt.trackingCode() + ": Accepted for resolution", server.sent.get(1)[1]);
        engine.resolve(CHAIR, id, version(id), new Resolution(Outcome.PARTLY_UPHELD, null, "QĐ 12/QĐ-UBND", TODAY,
                "Hoàn lại khoản thu thừa"));
        assertEquals(1, drainer(8).drain(server).sent());
        assertTrue(server.sent.get(2)[2].contains("Result: Partly upheld"), server.sent.get(2)[2]);
        assertEquals(0, drainer(8).drain(server).sent(), "each mail once");

        List<AuditEvent> sent = audit.events().stream().filter(e -> e.action().equals("case.citizen-mail.sent"))
                .toList();
        assertEquals(3, sent.size());
        for (AuditEvent event : sent) {
            assertEquals(Long.toString(id), event.targetId());
            assertFalse(event.details().toString().contains(ADDRESS), "no address in clear: " + event.details());
            assertEquals(16, event.details().get("recipient").length());
        }
    }

    @Test
    void aSecondComplaintIsToldToTheSameCitizenInTheSameLanguage() {
        OnlineReceipt receipt = submit(CaseKind.COMPLAINT_FIRST, citizen("Đinh Thị Thu Hà"), "fr", true);
        long id = caseId(receipt);
        engine.classify(CHAIR, id, version(id), Classification.complete(CaseKind.COMPLAINT_FIRST));
        engine.accept(CHAIR, id, version(id), TODAY);
        engine.resolve(CHAIR, id, version(id), new Resolution(Outcome.REJECTED, null, "QĐ 3/QĐ-UBND", TODAY, null));
        engine.reopen(INSPECTOR, id, TestOrgUnits.TIEN_DU, TODAY, "Không đồng ý với quyết định giải quyết lần đầu "
                + MARK);
        assertEquals(4, drainer(8).drain(server).sent(), "received, accepted, resolved; the second's receipt");
        String[] second = server.sent.get(3);
        assertEquals(ADDRESS, second[0]);
        assertTrue(second[1].endsWith(" : Requête reçue"), second[1]);
        assertFalse(second[1].contains(receipt.trackingCode()), "the second case has a code of its own");
    }

    @Test
    void aDenunciationsMailsCarryNoneOfItsContent() {
        OnlineReceipt receipt = submit(CaseKind.DENUNCIATION, citizen(DENOUNCER), "vi", true);
        long id = caseId(receipt);
        engine.classify(CHAIR, id, version(id), Classification.complete(CaseKind.DENUNCIATION));
        engine.assign(CHAIR, id, version(id), HANDLER.userId(), HANDLER.fullName());
        engine.accept(CHAIR, id, version(id), TODAY);
        engine.notifyAcceptance(CHAIR, id, version(id), TODAY);
        engine.resolve(CHAIR, id, version(id), new Resolution(Outcome.UPHELD, null, "KL 7/KL-UBND", TODAY,
                "Cán bộ địa chính vi phạm"));
        engine.close(CHAIR, id, version(id), "Lưu hồ sơ");
        assertEquals(4, drainer(8).drain(server).sent(), "received, accepted, resolved, closed");

        for (String[] mail : server.sent) {
            String text = mail[1] + "\n" + mail[2];
            assertTrue(text.contains(receipt.trackingCode()), text);
            for (String secret : List.of(MARK, "địa chính", DENOUNCER, HANDLER.fullName(), "KL 7", "vi phạm",
                    "Đúng", "tố cáo", "Tố cáo", receipt.number())) {
                assertFalse(text.contains(secret), "a denunciation's mail says '" + secret + "': " + text);
            }
        }
        assertEquals("Đơn mã " + receipt.trackingCode() + ": Đã giải quyết", server.sent.get(2)[1]);
    }

    @Test
    void noMailWithoutTheCitizensChoiceOrWithoutAnAddress() {
        submit(CaseKind.COMPLAINT_FIRST, citizen("Đinh Thị Thu Hà"), "vi", false);
        submit(CaseKind.DENUNCIATION, null, "vi", true);
        submit(CaseKind.RECOMMENDATION, new PersonData("Lê Thị Mai", "Thôn Bắc", null, "0987654321", null, null),
                "vi", true);
        assertEquals(0, rows());
    }

    @Test
    void aCounterIntakeWithAnAddressIsToldInVietnamese() {
        intake(CaseKind.RECOMMENDATION, new PersonData("Lê Thị Mai", "Thôn Bắc", null, null, ADDRESS, null),
                "Đề nghị sửa đường liên thôn " + MARK);
        drainer(8).drain(server);
        assertEquals(1, server.sent.size());
        assertTrue(server.sent.get(0)[1].endsWith(": Đã tiếp nhận đơn"), server.sent.get(0)[1]);
        // a denouncer's address taken at the counter gets nothing: only the online form asks for that choice
        intake(CaseKind.DENUNCIATION, new PersonData("Lê Văn Tố", "Thôn Bắc", null, null, ADDRESS, null),
                "Tố cáo cán bộ địa chính " + MARK);
        drainer(8).drain(server);
        assertEquals(1, server.sent.size(), "no mail for a counter denunciation");
    }

    @Test
    void aStepThatDoesNotCommitLeavesNoMail() {
        OnlineReceipt receipt = submit(CaseKind.COMPLAINT_FIRST, citizen("Đinh Thị Thu Hà"), "vi", true);
        long id = caseId(receipt);
        engine.classify(CHAIR, id, version(id), Classification.complete(CaseKind.COMPLAINT_FIRST));
        long before = rows();
        audit.fail(true);
        long current = version(id);
        assertThrows(RuntimeException.class, () -> engine.accept(CHAIR, id, current, TODAY));
        audit.fail(false);
        assertEquals(before, rows(), "the acceptance rolled back, and its mail with it");
        engine.accept(CHAIR, id, version(id), TODAY);
        assertEquals(before + 1, rows());
    }

    @Test
    void aRefusedMailIsRetriedAfterADoublingWaitAndSentOnce() {
        submit(CaseKind.COMPLAINT_FIRST, citizen("Đinh Thị Thu Hà"), "fr", true);
        server.refuseNext = 2;
        CitizenMailDrainer drainer = drainer(8);
        assertEquals(1, drainer.drain(server).failed());
        assertEquals(0, drainer.drain(server).failed() + server.sent.size(), "not before the first wait (60 s)");
        clock.advance(Duration.ofSeconds(61));
        assertEquals(1, drainer.drain(server).failed());
        clock.advance(Duration.ofSeconds(61));
        assertEquals(0, drainer.drain(server).sent(), "the second wait is doubled (120 s)");
        clock.advance(Duration.ofSeconds(60));
        assertEquals(1, drainer.drain(server).sent());
        assertEquals(1, server.sent.size());
        assertTrue(server.sent.get(0)[1].endsWith(" : Requête reçue"), server.sent.get(0)[1]);
        CitizenMail row = store.read(em -> em.createQuery("SELECT m FROM CitizenMail m", CitizenMail.class)
                .getSingleResult());
        assertEquals(3, row.attempts);
        assertTrue(row.sentAt != null && row.givenUpAt == null);
    }

    @Test
    void theLastAttemptOrAPermanentRefusalGivesTheMailUpAudited() {
        submit(CaseKind.COMPLAINT_FIRST, citizen("Đinh Thị Thu Hà"), "vi", true);
        server.refuseNext = 5;
        CitizenMailDrainer drainer = drainer(2);
        drainer.drain(server);
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, drainer.drain(server).givenUp());
        clock.advance(Duration.ofDays(1));
        assertEquals(0, drainer.drain(server).failed(), "given up: never tried again");
        AuditEvent givenUp = audit.events().stream()
                .filter(e -> e.action().equals("case.citizen-mail.given-up")).findFirst().orElseThrow();
        assertFalse(givenUp.details().toString().contains(ADDRESS), "no address in clear: " + givenUp.details());
        assertTrue(givenUp.details().get("reason").contains("<address>"), givenUp.details().toString());

        submit(CaseKind.RECOMMENDATION, citizen("Lê Thị Mai"), "vi", true);
        server.refuseNext = 1;
        server.permanent = true;
        assertEquals(1, drainer(8).drain(server).givenUp(), "a refused address is not tried again");
    }

    @Test
    void withoutAMailServiceMailsWaitThirtyDaysThenAreGivenUp() {
        submit(CaseKind.COMPLAINT_FIRST, citizen("Đinh Thị Thu Hà"), "vi", true);
        CitizenMailDrainer drainer = drainer(8);
        clock.advance(Duration.ofDays(29));
        assertEquals(new CitizenMailDrainer.Pass(0, 0, 0), drainer.drain(null));
        assertEquals(1, drainer(8).drain(server).sent(), "a service appears: the mail goes out, no attempt lost");

        submit(CaseKind.RECOMMENDATION, citizen("Lê Thị Mai"), "vi", true);
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        assertEquals(1, drainer.drain(null).givenUp());
        assertEquals(0, drainer.drain(server).sent());
        assertEquals(Set.of("case.citizen-mail.sent", "case.citizen-mail.given-up"), Set.copyOf(audit.events()
                .stream().map(AuditEvent::action).filter(a -> a.startsWith("case.citizen-mail")).toList()));
    }
}
