package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.danvan.dist.test.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 18, online submission in the real distribution: the commune Tiên Du is opened for online petitions; a
 * citizen on a phone-sized screen fills the public form at /gui-don (no account), the browser solves the proof of
 * work, and the citizen gets a tracking code and a PDF receipt; the commune chair finds the case in the worklist,
 * received on the online channel, and classifies it; the citizen sees the progress on the status page.
 * <p>
 * The citizen left an e-mail and kept the box "send me the milestones" ticked: the SMTP server this test runs
 * (GreenMail) receives the receipt mail with the tracking code and the link to the status page, then, once the chair
 * accepts the complaint, the "accepted" mail. A denunciation sent online with an e-mail gets its receipt mail too,
 * with none of its content and not the denouncer's name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenOnlineSubmissionIT extends BrowserDistributionTest {

    /** Xã Tiên Du in the demo province. */
    private static final String COMMUNE = "24003";
    private static final String PASSWORD = "danvan";
    private static final String CHAIR = "chutich.tiendu";
    private static final String MARK = "tx" + (100000 + System.nanoTime() % 900000);
    private static final String NAME = "Đinh Thị Thu Hà";
    private static final String PHONE = "0913579246";
    private static final String CONTENT = "Khiếu nại việc xã thu phí vệ sinh hai lần trong tháng 11 tại tổ dân phố "
            + MARK + ", đề nghị hoàn lại khoản thu thừa.";
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
    private static final Pattern NUMBER = Pattern.compile("\\d{4}/\\d{6}");
    private static final Duration UI = Duration.ofSeconds(20);
    private static final String EMAIL = "thuha." + MARK + "@tiendu.danvan.example";
    private static final String STATUS_PAGE = "https://danvan.bacninh.example/tra-cuu";
    private static final String DENOUNCER = "Phùng Văn Kín";
    private static final String DENOUNCER_EMAIL = "pvk." + MARK + "@tiendu.danvan.example";
    private static final String DENUNCIATION = "Tố cáo cán bộ thu tiền trái phép khi xác nhận hồ sơ đất tại thôn "
            + MARK + "dc, có chứng từ kèm theo.";

    private GreenMail smtp;
    private String trackingCode;
    private String caseNumber;
    private String receivedDay;

    @Override
    protected void configure(KarafDistribution copy) {
        smtp = TestMailServer.startFor(copy, "danvan@bacninh.danvan.example");
        String citizenMail = "etc/org.danvan.cases.citizenmail.cfg";
        copy.setProperty(citizenMail, "statusPageUrl", STATUS_PAGE);
        copy.setProperty(citizenMail, "intervalSeconds", "2");
        // an online petition is received the day it arrives, at any hour: the chair can accept it today whenever
        // this test runs (with the bundled rule, one sent after office hours is received the next working day,
        // and accepting it today is refused as before its receipt)
        copy.setProperty("etc/org.danvan.rules.cfg", "online.received.next.working.day.limit", "0");
    }

    @Test
    @Order(10)
    void theCommuneIsOpenedForOnlinePetitions() {
        karaf.shell("config:property-set -p org.danvan.citizen.online onlineUnitCodes " + COMMUNE);
        String listed = karaf.shell("config:property-list -p org.danvan.citizen.online");
        assertTrue(listed.contains("onlineUnitCodes = " + COMMUNE), listed);
    }

    @Test
    @Order(20)
    void aCitizenSubmitsOnlineOnAPhoneAndGetsACodeAndAReceipt() {
        browser.usePhoneSize();
        // the component restarts with the new configuration: the commune appears once it did
        browser.waitUntil(Duration.ofSeconds(60), d -> {
            browser.open(karaf.baseUrl() + "gui-don?xa=" + COMMUNE);
            browser.waitForVaadin();
            return browser.findAll("#online-kind").isEmpty() ? null : Boolean.TRUE;
        });
        assertTrue(browser.findAll("vaadin-login-form").isEmpty(), "a public page asks for no login");
        assertEquals("Gửi đơn trực tuyến", browser.find("h1").getText(), "Vietnamese by default");
        String form = browser.pageText();
        assertTrue(form.contains("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"), "the consent names the law");
        assertTrue(form.contains("Xã Tiên Du") || String.valueOf(browser.script(
                "return document.getElementById('online-unit').innerText")).contains("Tiên Du"), "the commune");

        // sending without consent and without content is refused with the form's messages
        browser.find("#online-send").click();
        browser.waitUntil(Duration.ofSeconds(60), d -> browser.find("#online-error").isDisplayed() ? true : null);
        String refused = browser.find("#online-error").getText();
        assertTrue(refused.contains("Vui lòng chọn loại đơn") && refused.contains("đồng ý"), refused);

        browser.find("#online-kind vaadin-radio-button").click();
        browser.typeInto("#online-content textarea", CONTENT);
        browser.typeInto("#online-name input", NAME);
        browser.typeInto("#online-phone input", PHONE);
        // an invisible component is not even sent to the browser
        assertTrue(browser.findAll("#online-mail").stream().noneMatch(e -> e.isDisplayed()),
                "no choice of mails without an address");
        browser.typeInto("#online-email input", EMAIL);
        browser.waitUntil(UI, d -> browser.findAll("#online-mail").stream().anyMatch(e -> e.isDisplayed())
                ? true : null);
        assertEquals("true", String.valueOf(browser.script(
                "return String(document.getElementById('online-mail').checked);")), "ticked by default");
        assertTrue(browser.pageText().contains("các mốc xử lý đơn"), "the consent names the mails");
        browser.find("#online-consent").click();
        browser.waitForVaadin();
        browser.screenshot("citizen-online-form-phone");
        browser.find("#online-send").click();
        browser.waitUntil(Duration.ofSeconds(90), d -> browser.findAll("#online-code").isEmpty() ? null : true);
        browser.waitForVaadin();
        browser.screenshot("citizen-online-receipt-phone");

        trackingCode = browser.find("#online-code").getText().trim();
        assertTrue(CODE.matcher(trackingCode).matches(), "a tracking code: " + trackingCode);
        String received = browser.find("#online-received").getText();
        Matcher number = NUMBER.matcher(received);
        assertTrue(number.find(), received);
        caseNumber = number.group();
        Matcher day = Pattern.compile("\\d{2}/\\d{2}/\\d{4}").matcher(received);
        assertTrue(day.find(), received);
        receivedDay = day.group();

        byte[] pdf = downloadLink("#online-receipt");
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"), "a PDF receipt");
        Number width = (Number) browser.script("return document.documentElement.scrollWidth;");
        assertTrue(width.intValue() <= Browser.PHONE.getWidth(), "no sideways scrolling on a phone: " + width);

        // the same text again is refused
        browser.open(karaf.baseUrl() + "gui-don?xa=" + COMMUNE);
        browser.waitForVaadin();
        browser.find("#online-kind vaadin-radio-button").click();
        browser.typeInto("#online-content textarea", CONTENT);
        browser.typeInto("#online-name input", NAME);
        browser.typeInto("#online-phone input", PHONE);
        browser.find("#online-consent").click();
        browser.waitForVaadin();
        browser.find("#online-send").click();
        browser.waitUntil(Duration.ofSeconds(90), d -> browser.find("#online-error").isDisplayed() ? true : null);
        assertTrue(browser.find("#online-error").getText().contains("cùng nội dung"),
                browser.find("#online-error").getText());
    }

    @Test
    @Order(25)
    void theCitizenGetsTheReceiptByMailWithTheCodeAndNotTheContent() throws Exception {
        MimeMessage mail = mailTo(EMAIL, 1);
        assertEquals("Đơn mã " + trackingCode + ": Đã tiếp nhận đơn", mail.getSubject());
        String text = (String) mail.getContent();
        assertTrue(text.contains("Mã tra cứu: " + trackingCode), text);
        assertTrue(text.contains(STATUS_PAGE + "?ma=" + trackingCode), text);
        assertTrue(text.contains("tiếp nhận ngày " + receivedDay), text);
        for (String secret : List.of(MARK, NAME, PHONE)) {
            assertFalse(text.contains(secret), "the mail says " + secret + ": " + text);
        }
    }

    @Test
    @Order(30)
    void theCitizenSeesItReceivedOnTheStatusPage() {
        browser.open(karaf.baseUrl() + "tra-cuu?ma=" + trackingCode);
        browser.waitForVaadin();
        browser.find("#status-result");
        assertEquals("Khiếu nại lần đầu", browser.find("#status-kind").getText());
        assertEquals("Đã tiếp nhận", browser.find("#status-step").getText());
        assertEquals(receivedDay, browser.find("#status-received").getText());
    }

    @Test
    @Order(40)
    void theChairFindsItInTheWorklistOnTheOnlineChannelAndClassifiesIt() {
        chairOpensTheCase();
        browser.waitForVaadin();
        assertEquals("Trực tuyến", value("case-channel"), "received on the online channel");
        assertTrue(browser.pageText().contains("Cổng tiếp nhận trực tuyến"), "the portal recorded the intake step");

        // the chair classifies it (the formal conditions of Circular 05/2021 confirmed one by one)
        browser.find("#case-do-classify").click();
        browser.find("#case-action-classify");
        for (String flag : List.of("in-vietnamese", "dated", "name-address", "signed")) {
            browser.find("#case-action-classify-" + flag + " label").click();
            browser.waitForVaadin();
        }
        browser.find("#case-action-classify-confirm").click();
        browser.waitUntil(UI, d -> "CLASSIFIED".equals(String.valueOf(browser.script(
                "const e = document.getElementById('case-status'); return e ? e.getAttribute('data-status') : null;")))
                        ? true : null);
        browser.screenshot("citizen-online-classified");
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }

    @Test
    @Order(50)
    void theCitizenSeesTheProgress() {
        browser.usePhoneSize();
        browser.open(karaf.baseUrl() + "tra-cuu?ma=" + trackingCode);
        browser.waitForVaadin();
        browser.find("#status-result");
        assertEquals("Đã phân loại", browser.find("#status-step").getText(), "the progress the chair made");
        String page = browser.pageText();
        for (String secret : List.of(NAME, PHONE, MARK, caseNumber)) {
            assertFalse(page.contains(secret), "the public page shows " + secret);
        }
        browser.screenshot("citizen-online-progress-phone");
    }

    @Test
    @Order(60)
    void theChairAcceptsTheComplaintAndTheCitizenGetsTheAcceptedMail() throws Exception {
        chairOpensTheCase();
        browser.find("#case-do-accept").click();
        browser.find("#case-action-accept");
        browser.find("#case-action-accept-confirm").click();
        browser.waitUntil(UI, d -> "ACCEPTED".equals(String.valueOf(browser.script(
                "const e = document.getElementById('case-status'); return e ? e.getAttribute('data-status') : null;")))
                        ? true : null);
        browser.find("#logout").click();
        browser.find("vaadin-login-form");

        MimeMessage mail = mailTo(EMAIL, 2);
        assertEquals("Đơn mã " + trackingCode + ": Đã thụ lý giải quyết", mail.getSubject());
        String text = (String) mail.getContent();
        assertTrue(text.contains(STATUS_PAGE + "?ma=" + trackingCode), text);
        assertFalse(text.contains(MARK) || text.contains(NAME), text);
        assertEquals(2, Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(EMAIL)).count(),
                "the receipt and the acceptance, each once");
    }

    @Test
    @Order(70)
    void aDenunciationSentWithAnEmailGetsAMailWithoutItsContent() throws Exception {
        browser.usePhoneSize();
        browser.open(karaf.baseUrl() + "gui-don?xa=" + COMMUNE);
        browser.waitForVaadin();
        browser.findAll("#online-kind vaadin-radio-button").get(1).click();
        browser.waitForVaadin();
        browser.typeInto("#online-content textarea", DENUNCIATION);
        browser.typeInto("#online-name input", DENOUNCER);
        browser.typeInto("#online-email input", DENOUNCER_EMAIL);
        browser.waitUntil(UI, d -> browser.findAll("#online-mail").stream().anyMatch(e -> e.isDisplayed())
                ? true : null);
        browser.find("#online-consent").click();
        browser.waitForVaadin();
        browser.find("#online-send").click();
        browser.waitUntil(Duration.ofSeconds(90), d -> browser.findAll("#online-code").isEmpty() ? null : true);
        String code = browser.find("#online-code").getText().trim();
        browser.screenshot("citizen-online-denunciation-phone");

        MimeMessage mail = mailTo(DENOUNCER_EMAIL, 1);
        String text = mail.getSubject() + "\n" + mail.getContent();
        assertTrue(text.contains(code), text);
        assertTrue(text.contains(STATUS_PAGE + "?ma=" + code), text);
        for (String secret : List.of(MARK, "thu tiền", "hồ sơ đất", DENOUNCER, "Tố cáo", "tố cáo")) {
            assertFalse(text.contains(secret), "a denunciation's mail says " + secret + ": " + text);
        }
    }

    /** The commune chair signs in and opens the complaint from the worklist, found by the text's mark. */
    private void chairOpensTheCase() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "ho-so-vu-viec");
        browser.signIn(CHAIR, PASSWORD);
        browser.find("#cases-grid");
        browser.find("#cases-tab-ALL").click();
        browser.waitForVaadin();
        browser.typeInto("#cases-search input", MARK);
        browser.waitUntil(UI, d -> gridText("#cases-grid").contains(caseNumber) ? true : null);
        browser.screenshot("citizen-online-worklist");
        browser.waitUntil(UI, d -> browser.findAll("#cases-grid vaadin-grid-cell-content").stream()
                .filter(cell -> caseNumber.equals(cell.getText().trim())).findFirst().orElse(null)).click();
        browser.waitUntil(UI, d -> caseNumber.equals(textOf("case-number")) ? true : null);
    }

    /** The n-th message to an address, waited for (the outbox is drained every 2 seconds here). */
    private MimeMessage mailTo(String address, int nth) {
        return browser.waitUntil(Duration.ofSeconds(60), d -> {
            List<MimeMessage> to = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipient(m).equals(address)).toList();
            return to.size() >= nth ? to.get(nth - 1) : null;
        });
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(90)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    private String textOf(String id) {
        Object text = browser.script("const e = document.getElementById(arguments[0]);"
                + " return e ? e.textContent.trim() : null;", id);
        return text == null ? "" : text.toString();
    }
}
