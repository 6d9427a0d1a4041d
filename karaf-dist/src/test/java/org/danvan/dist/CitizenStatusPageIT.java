package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.Browser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The citizen status page in the real distribution: a case recorded at the console is looked up anonymously at
 * /tra-cuu on a phone-sized screen by its tracking code, typed the way people type it; the page shows kind, step,
 * received and due date as the engine has them, and none of the petitioner's data; a wrong code gets the plain
 * message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenStatusPageIT extends BrowserDistributionTest {

    /** Xã Tiên Du in the demo province. */
    private static final String COMMUNE = "24003";
    private static final String NAME = "Nguyen Thi Lan Anh";
    private static final String ADDRESS = "So 17 thon Dong";
    private static final String PHONE = "0912345678";
    private static final String CONTENT = "De nghi xem xet viec cap giay chung nhan quyen su dung dat";
    private static final Pattern TRACKING =
            Pattern.compile("Tracking code for the citizen: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5})");
    private static final Pattern NUMBER = Pattern.compile("Created case (\\S+) \\(id (\\d+)\\)");
    private static final Duration UI = Duration.ofSeconds(20);
    private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private String trackingCode;
    private String caseNumber;
    private LocalDate receivedOn;

    @Test
    @Order(1)
    void aCaseIsRecordedAtTheConsole() {
        receivedOn = LocalDate.now(ZoneOffset.ofHours(7));
        String created = karaf.shell("danvan:case-create --unit " + COMMUNE + " --kind complaint-first --name \""
                + NAME + "\" --address \"" + ADDRESS + "\" --phone " + PHONE + " --received " + receivedOn + " \""
                + CONTENT + "\"");
        Matcher tracking = TRACKING.matcher(created);
        Matcher number = NUMBER.matcher(created);
        assertTrue(tracking.find() && number.find(), created);
        trackingCode = tracking.group(1);
        caseNumber = number.group(1);
    }

    @Test
    @Order(2)
    void aCitizenLooksTheCaseUpWithoutSigningIn() {
        browser.usePhoneSize();
        browser.open(karaf.baseUrl() + "tra-cuu");
        browser.waitForVaadin();
        browser.find("#status-code");
        assertTrue(browser.currentUrl().endsWith("/tra-cuu"), "no login asked: " + browser.currentUrl());
        assertTrue(browser.findAll("vaadin-login-form").isEmpty(), "a public page shows no login form");
        assertTrue(browser.findAll("#logout").isEmpty() && browser.findAll("vaadin-side-nav").isEmpty(),
                "a public page stands outside the staff layout");
        assertEquals("Tra cứu hồ sơ", browser.find("h1").getText(), "Vietnamese by default");

        // typed the way people type it: lower case, spaces instead of dashes
        browser.typeInto("#status-code input", trackingCode.toLowerCase().replace('-', ' '));
        browser.find("#status-lookup").click();
        browser.waitForVaadin();
        browser.find("#status-result");
        browser.screenshot("citizen-status-phone");

        assertEquals("Khiếu nại lần đầu", browser.find("#status-kind").getText());
        assertEquals("Đã tiếp nhận", browser.find("#status-step").getText());
        assertEquals(PAGE_DATE.format(receivedOn), browser.find("#status-received").getText());
        assertEquals(PAGE_DATE.format(engineDueDate()), browser.find("#status-due").getText());
        assertTrue(browser.findAll("#status-error").stream().noneMatch(e -> e.isDisplayed()), "no error shown");

        String page = browser.pageText();
        for (String secret : List.of(NAME, ADDRESS, PHONE, CONTENT, caseNumber)) {
            assertFalse(page.contains(secret), "the public page shows " + secret + ":\n" + page);
        }
        Number width = (Number) browser.script("return document.documentElement.scrollWidth;");
        assertTrue(width.intValue() <= Browser.PHONE.getWidth(), "no sideways scrolling on a phone: " + width);
    }

    @Test
    @Order(3)
    void aWrongCodeGetsThePlainMessage() {
        browser.typeInto("#status-code input", wrongCode());
        browser.find("#status-lookup").click();
        browser.waitForVaadin();
        String message = browser.find("#status-error").getText();
        assertTrue(message.startsWith("Không tìm thấy hồ sơ"), message);
        assertTrue(browser.findAll("#status-result").stream().noneMatch(e -> e.isDisplayed()),
                "the previous result is gone");

        // a malformed code gets exactly the same message
        browser.typeInto("#status-code input", "khong-phai-ma");
        browser.find("#status-lookup").click();
        browser.waitForVaadin();
        assertEquals(message, browser.find("#status-error").getText());
        browser.screenshot("citizen-status-wrong-code");
    }

    @Test
    @Order(4)
    void thePageSpeaksEnglishWhenAsked() {
        browser.useDesktopSize();
        browser.find("#status-language").click();
        browser.waitUntil(UI, d -> browser.findAll("vaadin-select-item").stream()
                .filter(item -> item.isDisplayed() && "English".equals(item.getText())).findFirst().orElse(null))
                .click();
        // the choice reloads the page
        // read through a script: elements found before the reload go stale under a WebElement
        browser.waitUntil(UI, d -> "Case status".equals(
                browser.script("var h = document.querySelector('h1'); return h ? h.textContent.trim() : null;")));
        browser.waitForVaadin();
        browser.typeInto("#status-code input", trackingCode);
        browser.find("#status-lookup").click();
        browser.waitForVaadin();
        assertEquals("Complaint (first time)", browser.find("#status-kind").getText());
        browser.screenshot("citizen-status-english-desktop");
    }

    @Test
    @Order(5)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    /** The due date as the case engine lists it (DUE column of danvan:case-list, yyyy-mm-dd). */
    private LocalDate engineDueDate() {
        String listed = karaf.shell("danvan:case-list --unit " + COMMUNE + " --limit 500");
        for (String line : listed.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 4 && columns[0].equals(caseNumber)) {
                return LocalDate.parse(columns[4]);
            }
        }
        throw new AssertionError(caseNumber + " not in\n" + listed);
    }

    /** The real code with its last character changed to another one of the alphabet. */
    private String wrongCode() {
        char last = trackingCode.charAt(trackingCode.length() - 1);
        return trackingCode.substring(0, trackingCode.length() - 1) + (last == '2' ? '3' : '2');
    }
}
