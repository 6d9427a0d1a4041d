package org.danvan.citizen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.danvan.calendar.internal.VietnameseWorkingCalendar;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.cases.api.OnlineSubmission;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.sdk.testing.FakeUnits;
import org.junit.jupiter.api.Test;

class OnlineSubmissionDeskTest {

    private static final String CONTENT = "Đường liên thôn Đông – Tây hỏng nặng từ tháng 10, đề nghị xã sửa chữa.";
    private final List<OnlineSubmission> recorded = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();
    private final FakeUnits units = FakeUnits.sample();
    // Saturday 12 December 2026, 10:00 in Vietnam: outside office hours
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-12T03:00:00Z"), ZoneId.of("UTC"));
    private final OnlineSubmissionDesk desk = new OnlineSubmissionDesk(submission -> {
        recorded.add(submission);
        return new OnlineReceipt("2026/000001", "ABCD-EFGH-JKMNP", submission.kind(), submission.receivedOn(), null,
                submission.files().size());
    }, units, "27-TD, 27-MISSING", new LookupLimiter(2, 3_600_000_000_000L, 100, nanos::get),
            new RecentSubmissions(86_400_000_000_000L, 100, nanos::get),
            new ReceivedDay(VietnameseWorkingCalendar.withBundledDefaults(), day -> true,
                    ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(7, 30), LocalTime.of(17, 0)),
            clock, "pdp-2026-01");

    private static ProofOfWork solved() {
        return new ProofOfWork("c0ffee", 4);
    }

    private static String nonce() {
        return ProofOfWork.solve("c0ffee", 4);
    }

    private OnlineSubmissionDesk.Form form(CaseKind kind, boolean anonymous, String name, String phone,
            String content, boolean consent) {
        return new OnlineSubmissionDesk.Form(FakeUnits.TIEN_DU, kind, anonymous, name, phone, null, null, content,
                consent, List.of());
    }

    private static String refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run).violations().stream()
                .map(v -> v.messageKey()).reduce((a, b) -> a + "," + b).orElseThrow();
    }

    @Test
    void onlyListedUnitsThatExistAreOpen() {
        assertEquals(Map.of(FakeUnits.TIEN_DU, "Xã Tiên Du"), desk.openUnits());
        assertTrue(desk.openUnit("27-LIM").isEmpty(), "not listed");
        assertEquals(FakeUnits.TIEN_DU, desk.openUnit("27-TD").orElseThrow().id());
    }

    @Test
    void aSubmissionOnSaturdayIsReceivedOnMondayWithTheConsentVersion() {
        OnlineReceipt receipt = desk.submit("1.2.3.4", solved(), nonce(),
                form(CaseKind.REFLECTION, false, "Ngô Thị Lan", "0987654321", CONTENT, true));
        assertEquals(LocalDate.of(2026, 12, 14), receipt.receivedOn());
        assertEquals("pdp-2026-01", recorded.get(0).consentVersion());
        assertEquals("Ngô Thị Lan", recorded.get(0).petitioner().fullName());
    }

    @Test
    void theMailChoiceAndTheLanguageReachTheEngineOnlyWithAnAddress() {
        desk.submit("1.2.3.4", solved(), nonce(), new OnlineSubmissionDesk.Form(FakeUnits.TIEN_DU,
                CaseKind.REFLECTION, false, "Ngô Thị Lan", null, "lan@example.vn", null, CONTENT, true, List.of(),
                true, "fr"));
        assertTrue(recorded.get(0).milestoneMails());
        assertEquals("fr", recorded.get(0).language());
        assertEquals("lan@example.vn", recorded.get(0).petitioner().email());

        desk.submit("1.2.3.5", solved(), nonce(), new OnlineSubmissionDesk.Form(FakeUnits.TIEN_DU,
                CaseKind.DENUNCIATION, true, null, null, "hidden@example.vn", null, CONTENT + " (2)", true,
                List.of(), true, "vi"));
        assertNull(recorded.get(1).petitioner(), "anonymous: nothing kept");
        assertEquals(false, recorded.get(1).milestoneMails(), "anonymous: no address, no mail");
    }

    @Test
    void anAnonymousDenunciationCarriesNoPetitionerAndOtherKindsMayNotBeAnonymous() {
        desk.submit("1.2.3.4", solved(), nonce(), form(CaseKind.DENUNCIATION, true, "ignored", null, CONTENT, true));
        assertNull(recorded.get(0).petitioner());
        assertEquals("citizen.online.error.anonymous", refusal(() -> desk.submit("1.2.3.5", solved(), nonce(),
                form(CaseKind.COMPLAINT_FIRST, true, "Lan", "0912", CONTENT + " khác", true))));
    }

    @Test
    void theFormsOwnChecksComeWithTranslatedKeys() {
        assertEquals("citizen.online.error.name,citizen.online.error.contact,citizen.online.error.content,"
                + "citizen.online.error.consent", refusal(() -> desk.submit("1.2.3.4", solved(), nonce(),
                        form(CaseKind.REFLECTION, false, " ", "", "ngắn", false))));
        assertEquals("citizen.online.error.kind", refusal(() -> desk.submit("1.2.3.6", solved(), nonce(),
                form(CaseKind.VOTER_RECOMMENDATION, false, "A", "0912", CONTENT, true))));
        assertTrue(recorded.isEmpty());
    }

    @Test
    void withoutAValidProofNothingIsCountedOrRecorded() {
        assertEquals("citizen.online.error.proof", refusal(() -> desk.submit("1.2.3.4", solved(), "999999",
                form(CaseKind.REFLECTION, false, "Lan", "0912", CONTENT, true))));
        assertEquals("citizen.online.error.proof", refusal(() -> desk.submit("1.2.3.4", null, nonce(),
                form(CaseKind.REFLECTION, false, "Lan", "0912", CONTENT, true))));
        ProofOfWork once = solved();
        desk.submit("1.2.3.4", once, nonce(), form(CaseKind.REFLECTION, false, "Lan", "0912", CONTENT, true));
        assertEquals("citizen.online.error.proof", refusal(() -> desk.submit("1.2.3.4", once, nonce(),
                form(CaseKind.REFLECTION, false, "Lan", "0912", CONTENT + " nữa", true))), "a proof is used once");
        assertEquals(1, recorded.size());
    }

    @Test
    void theSameTextAgainIsRefusedAndTheAddressIsLimited() {
        desk.submit("1.2.3.4", solved(), nonce(), form(CaseKind.REFLECTION, false, "Lan", "0912", CONTENT, true));
        assertEquals("citizen.online.error.duplicate", refusal(() -> desk.submit("1.2.3.4", solved(), nonce(),
                form(CaseKind.REFLECTION, false, "Lan", "0912", CONTENT.toUpperCase(), true))));
        assertEquals("citizen.online.error.tooMany", refusal(() -> desk.submit("1.2.3.4", solved(), nonce(),
                form(CaseKind.REFLECTION, false, "Lan", "0912", "Một nội dung hoàn toàn khác, đủ dài.", true))),
                "two per hour: the duplicate counted");
        desk.submit("5.6.7.8", solved(), nonce(), form(CaseKind.REFLECTION, false, "Lan", "0912",
                "Một nội dung hoàn toàn khác, đủ dài.", true));
        nanos.addAndGet(1_800_000_000_000L);
        desk.submit("1.2.3.4", solved(), nonce(), form(CaseKind.REFLECTION, false, "Lan", "0912",
                "Nội dung thứ ba sau nửa giờ chờ đợi.", true));
        assertEquals(3, recorded.size());
    }
}
