package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/**
 * The bell of the header in the real distribution: a handler keeps his page open while the commune chair, in another
 * browser, finds a new denunciation by picking the commune by typing "tien du" and assigns it to him by picking his
 * name ("cuong"); his bell counts one more without a reload (server push), its list names the case by number only —
 * neither the denouncer nor the content — and the line opens the case and counts as read. Having chosen under the
 * bell to receive each notification by e-mail, he also gets a message at the SMTP server this test runs (GreenMail),
 * read back here: the same sentence, a link to the case, nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(20);
    private static final String COMMUNE = "24003";
    private static final String CHAIR = "chutich.tiendu";
    private static final String HANDLER = "xuly";
    private static final String PASSWORD = "danvan";
    private static final String DENOUNCER = "Tran Van Bi Mat";
    private static final String MARK = "nt" + (100000 + System.nanoTime() % 900000);
    private static final Pattern CREATED = Pattern.compile("Created case (\\S+) \\(id (\\d+)\\)");

    private static final String HANDLER_ADDRESS = "cuong.lv@tiendu.danvan.example";

    private GreenMail smtp;
    private Browser chairBrowser;
    private String number;
    private String caseId;
    private int before;

    @Override
    protected void configure(KarafDistribution copy) {
        smtp = TestMailServer.startFor(copy, "danvan@bacninh.danvan.example");
        copy.setProperty("etc/org.danvan.notification.mail.cfg", "applicationUrl", "http://danvan.bacninh.example/");
    }

    @Test
    @Order(1)
    void aDenunciationIsRecorded() {
        String created = karaf.shell("danvan:case-create --unit " + COMMUNE + " --kind denunciation --name \""
                + DENOUNCER + "\" \"To cao can bo dia chinh " + MARK + " nhan tien\"");
        Matcher matcher = CREATED.matcher(created);
        assertTrue(matcher.find(), created);
        number = matcher.group(1);
        caseId = matcher.group(2);
    }

    @Test
    @Order(2)
    void theHandlersBellCountsTheAssignmentWhileHisPageStaysOpen() throws Exception {
        browser.open(karaf.baseUrl());
        browser.signIn(HANDLER, PASSWORD);
        browser.find("#home-greeting");
        browser.find("#notification-bell");
        browser.waitForVaadin();
        before = unread(browser);
        String page = browser.currentUrl();

        // the handler asks for each notification by e-mail, under the bell
        browser.find("#notification-bell").click();
        browser.find("#notification-mail-mode");
        selectMode("Từng thông báo");
        browser.typeInto("#notification-mail-address input", HANDLER_ADDRESS);
        browser.find("#notification-mail-save").click();
        browser.waitUntil(UI, d -> "Đã lưu lựa chọn.".equals(browser.find("#notification-mail-result").getText()));
        browser.screenshot("notification-mail-choice");
        browser.find("#notification-bell").click();
        browser.waitForVaadin();

        chairBrowser = Browser.start();
        chairBrowser.open(karaf.baseUrl() + "ho-so-vu-viec");
        chairBrowser.signIn(CHAIR, PASSWORD);
        chairBrowser.find("#cases-grid");
        chairBrowser.find("#cases-tab-ALL").click();
        chairBrowser.find("#cases-filters").click();
        // the commune is picked by typing its name without diacritics
        WebElement unitSearch = chairBrowser.find("#cases-filter-unit-code input");
        unitSearch.sendKeys("tien du");
        chairBrowser.waitUntil(UI, d -> !chairBrowser.findAll("vaadin-combo-box-item").isEmpty()
                && chairBrowser.findAll("vaadin-combo-box-item").get(0).getText().contains("Xã Tiên Du"));
        unitSearch.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        chairBrowser.waitForVaadin();
        String path = String.valueOf(chairBrowser.script(
                "return document.getElementById('cases-filter-unit').helperText;"));
        assertTrue(path.endsWith("Xã Tiên Du") && path.contains(" › "), "the path is shown: " + path);
        chairBrowser.typeInto("#cases-search input", MARK);
        WebElement line = chairBrowser.waitUntil(UI, d -> chairBrowser.findAll(
                "#cases-grid vaadin-grid-cell-content").stream().filter(c -> number.equals(c.getText().trim()))
                .findFirst().orElse(null));
        chairBrowser.screenshot("notification-chair-worklist-tien-du");
        line.click();
        chairBrowser.waitUntil(UI, d -> number.equals(chairBrowser.find("#case-number").getText().trim()));

        // the handler is picked by name, without diacritics
        chairBrowser.find("#case-do-assign").click();
        chairBrowser.find("#case-action-assign");
        WebElement handlerSearch = chairBrowser.find("#case-action-assign-handler input");
        handlerSearch.sendKeys("cuong");
        chairBrowser.waitUntil(UI, d -> !chairBrowser.findAll("vaadin-combo-box-item").isEmpty()
                && chairBrowser.findAll("vaadin-combo-box-item").get(0).getText().contains("Lê Văn Cường"));
        chairBrowser.screenshot("notification-chair-assign-by-name");
        handlerSearch.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        chairBrowser.waitForVaadin();
        chairBrowser.find("#case-action-assign-confirm").click();
        // the case is shown anew after the assignment: read the field afresh each time
        chairBrowser.waitUntil(UI, d -> String.valueOf(chairBrowser.script(
                "const e = document.getElementById('case-handler'); return e === null ? '' : e.value;"))
                .contains("Lê Văn Cường"));

        long assigned = System.nanoTime();
        browser.waitUntil(UI, d -> unread(browser) == before + 1);
        System.out.printf("DanVan: from the assignment to the handler's bell by push: %d ms%n",
                (System.nanoTime() - assigned) / 1_000_000);
        assertEquals(page, browser.currentUrl(), "no reload, no navigation");
        browser.screenshot("notification-bell-handler");

        assertTrue(smtp.waitForIncomingEmail(30_000, 1), "an e-mail reaches the SMTP server");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals(HANDLER_ADDRESS, mail.getAllRecipients()[0].toString());
        assertEquals("[DanVan] Hồ sơ " + number + " được giao cho bạn xử lý", mail.getSubject());
        String text = (String) mail.getContent();
        assertTrue(text.startsWith("Kính gửi Lê Văn Cường,"), text);
        assertTrue(text.contains("http://danvan.bacninh.example/ho-so-vu-viec/chi-tiet?id=" + caseId), text);
        assertFalse(text.contains(DENOUNCER) || text.contains(MARK), "no denouncer, no content: " + text);
    }

    private void selectMode(String label) {
        browser.find("#notification-mail-mode").click();
        WebElement item = browser.waitUntil(UI, d -> browser.findAll("vaadin-select-item").stream()
                .filter(e -> label.equals(e.getText().trim())).findFirst().orElse(null));
        item.click();
        browser.waitForVaadin();
    }

    @Test
    @Order(3)
    void theListNamesTheCaseByNumberOnlyAndOpensIt() {
        browser.find("#notification-bell").click();
        WebElement item = browser.waitUntil(UI, d -> browser.findAll("#notification-list .dv-notification").stream()
                .filter(e -> e.getText().contains(number)).findFirst().orElse(null));
        assertTrue(item.getText().startsWith("Hồ sơ " + number + " được giao cho bạn xử lý"), item.getText());
        assertTrue(item.getAttribute("class").contains("dv-notification-unread"), item.getAttribute("class"));
        String list = browser.find("#notification-list").getText();
        assertFalse(list.contains(DENOUNCER) || list.contains(MARK), "no denouncer, no content: " + list);
        browser.screenshot("notification-list-handler");
        item.click();
        browser.waitUntil(UI, d -> browser.currentUrl().endsWith("ho-so-vu-viec/chi-tiet?id=" + caseId));
        browser.waitUntil(UI, d -> unread(browser) == before);
    }

    @Test
    @Order(9)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    @AfterAll
    void closeChairBrowserAndMailServer() {
        if (chairBrowser != null) {
            chairBrowser.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** The bell's unread count, as its badge shows it (hidden at zero). */
    private static int unread(Browser in) {
        int count = Integer.parseInt(in.find("#notification-bell").getAttribute("data-unread"));
        Object badge = in.script("const c = document.getElementById('notification-count');"
                + " return getComputedStyle(c).display === 'none' ? '0' : c.textContent.trim();");
        assertEquals(Integer.toString(count), String.valueOf(badge), "the badge shows the count");
        return count;
    }
}
