package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.Browser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The case screens in the real distribution, signed in as the demo staff of Xã Tiên Du: a first complaint goes
 * through intake, classification, acceptance (with the rule's citation), assignment and resolution, each step in the
 * timeline with who did it; a denunciation's petitioner stays masked until the commune chair unmasks with a reason,
 * which the audit trail records; a transfer; the citizen page shows the resolved complaint; the dashboard draws its
 * charts and drills down into the worklist. Screenshots of worklist, detail, intake and dashboard at desktop and
 * phone width go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseScreensIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(20);
    /** Xã Tiên Du in the demo province. */
    private static final String COMMUNE = "24003";
    private static final String PASSWORD = "danvan";
    private static final String RECEPTION = "tiepdan";
    private static final String CHAIR = "chutich.tiendu";
    private static final String HANDLER = "xuly";
    /** A word no demo case contains, so the search finds exactly the case recorded here. */
    private static final String MARK = "lo" + (100000 + System.nanoTime() % 900000);
    private static final String PETITIONER = "Nguyễn Thị Hoài Thương";
    private static final String COMPLAINT = "Khiếu nại quyết định thu hồi đất và tranh chấp ranh giới thửa đất " + MARK
            + " tại thôn Đông, xã Tiên Du";
    private static final String SEARCH = "tranh chap ranh gioi " + MARK;
    private static final String DENOUNCER = "Trần Văn Đức Mạnh";
    private static final String DENUNCIATION = "Tố cáo việc thu tiền sai quy định của trưởng thôn Lũng " + MARK;
    private static final String UNMASK_REASON = "Xác minh nội dung tố cáo theo yêu cầu của Chủ tịch UBND xã";
    private static final String TRANSFER_BODY = "Thanh tra huyện Tiên Du";
    private static final Pattern TRACKING = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
    private static final Pattern CREATED = Pattern.compile("Created case (\\S+) \\(id (\\d+)\\)");
    private static final Pattern PAGE_DATE = Pattern.compile("(\\d{2}/\\d{2}/\\d{4})");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private String complaintNumber;
    private String trackingCode;
    private String complaintUrl;
    private String denunciationNumber;
    private String denunciationUrl;
    /** Per screen, what reached past the right edge at phone width (empty when it fits). */
    private final Map<String, String> phoneOverflow = new LinkedHashMap<>();

    @Test
    @Order(1)
    void theReceptionOfficerRecordsAFirstComplaintAndClassifiesIt() {
        signInAt("tiep-nhan-don", RECEPTION);
        browser.find("#intake");
        screenshots("cases-intake", "intake");

        pick("intake-kind", "Khiếu nại lần đầu");
        pick("intake-channel", "Trực tiếp tại trụ sở tiếp công dân");
        browser.typeInto("#intake-unit-code input", COMMUNE);
        browser.waitForVaadin();
        String unitPath = String.valueOf(browser.script("return document.getElementById('intake-unit').helperText;"));
        assertTrue(unitPath.endsWith("Xã Tiên Du"), "receiving unit " + COMMUNE + " shows its path: " + unitPath);
        browser.typeInto("#intake-petitioner-0-name input", PETITIONER);
        browser.typeInto("#intake-content textarea", COMPLAINT);
        browser.waitForVaadin();
        browser.find("#intake-save").click();
        browser.waitForVaadin();

        WebElement number = browser.find("#intake-result-number");
        complaintNumber = number.getAttribute("data-number");
        trackingCode = browser.find("#intake-result-tracking").getAttribute("data-code");
        assertEquals("Số hồ sơ: " + complaintNumber, number.getText());
        assertTrue(TRACKING.matcher(trackingCode).matches(), trackingCode);
        assertEquals("Mã tra cứu cho người gửi đơn: " + trackingCode,
                browser.find("#intake-result-tracking").getText());
        browser.screenshot("cases-intake-receipt-desktop");
        String receiptAddress = qrCodeOf(downloadLink("#intake-result-receipt"));
        assertEquals(karaf.baseUrl() + "tra-cuu?ma=" + trackingCode, receiptAddress,
                "the receipt's QR code opens the status page with the code");

        browser.find("#intake-result-open").click();
        waitForCase(complaintNumber);
        complaintUrl = browser.currentUrl();
        assertTrue(complaintUrl.contains("/ho-so-vu-viec/chi-tiet?id="), complaintUrl);
        assertEquals("RECEIVED", attribute("case-status", "data-status"));
        assertEquals("COMPLAINT_FIRST", attribute("case-kind", "data-kind"));
        assertEquals(PETITIONER, value("case-petitioners-0-name"), "a complaint's petitioner is not masked");

        browser.find("#case-do-classify").click();
        browser.find("#case-action-classify");
        assertEquals("Khiếu nại lần đầu", value("case-action-classify-kind"), "the dialog proposes the recorded kind");
        // the formal conditions start unticked (the officer confirms each); the verdict follows every change
        for (String flag : List.of("in-vietnamese", "dated", "name-address", "signed")) {
            assertFalse(checked("case-action-classify-" + flag), flag + " starts unticked");
        }
        assertEquals("Đơn không đủ điều kiện xử lý", browser.find("#case-action-classify-verdict").getText());
        for (String flag : List.of("in-vietnamese", "dated", "name-address")) {
            browser.find("#case-action-classify-" + flag + " label").click();
            browser.waitForVaadin();
        }
        assertEquals("Đơn không đủ điều kiện xử lý", browser.find("#case-action-classify-verdict").getText(),
                "not signed: not processable");
        browser.find("#case-action-classify-signed label").click();
        browser.waitForVaadin();
        assertTrue(checked("case-action-classify-signed"));
        assertEquals("Đơn đủ điều kiện xử lý", browser.find("#case-action-classify-verdict").getText());
        browser.find("#case-action-classify-confirm").click();
        waitForStatus("CLASSIFIED");
        assertEquals("Có", value("case-processable"));
        // before acceptance the clock runs for the acceptance itself
        // Law 02/2011 art. 27 until 30 June 2026; Decree 155/2026 (7 working days) for cases received from 1 July 2026
        String acceptance = value("case-next-due-citation");
        assertTrue(java.time.LocalDate.now().isBefore(java.time.LocalDate.of(2026, 7, 1)) ? acceptance.endsWith("Điều 27")
                : acceptance.contains("155/2026/NĐ-CP"), acceptance);
        logout();

        // the citizen's phone opens the address of the QR code: the status page looks the code up at once
        browser.open(receiptAddress);
        browser.find("#status-result");
        assertEquals(trackingCode, value("status-code"));
        String status = browser.find("#status-result").getText();
        assertTrue(status.contains("Khiếu nại lần đầu") && PAGE_DATE.matcher(status).find(), status);

        // the same letter brought again: before anything is saved, the officer sees the first case as a possible
        // duplicate; going back saves nothing
        signInAt("tiep-nhan-don", RECEPTION);
        browser.find("#intake");
        pick("intake-kind", "Khiếu nại lần đầu");
        browser.typeInto("#intake-petitioner-0-name input", "Trần Văn Khác");
        browser.typeInto("#intake-content textarea", COMPLAINT);
        browser.waitForVaadin();
        browser.find("#intake-save").click();
        browser.waitForVaadin();
        browser.find("#intake-duplicate-check-back");
        String check = browser.pageText();
        assertTrue(check.contains(complaintNumber) && check.contains("Nội dung tương tự"), check);
        browser.screenshot("cases-intake-duplicate-check-desktop");
        browser.find("#intake-duplicate-check-back").click();
        browser.waitForVaadin();
        assertTrue(browser.findAll("#intake-result-number").isEmpty(), "going back records nothing");
    }

    @Test
    @Order(2)
    void theChairFindsItWithoutDiacriticsAcceptsAndAssigns() {
        signInAt("ho-so-vu-viec", CHAIR);
        browser.find("#cases-grid");
        browser.find("#cases-tab-ALL").click();
        browser.waitForVaadin();
        browser.typeInto("#cases-search input", SEARCH);
        browser.waitUntil(UI, d -> "Tổng số: 1 hồ sơ".equals(textOf("cases-total")));
        browser.waitForVaadin();
        gridCell("cases-grid", complaintNumber);
        assertEquals(8, visibleColumns("cases-grid"), "all columns at desktop width");
        browser.screenshot("cases-worklist-desktop");
        browser.usePhoneSize();
        // below 700 px the worklist keeps number, due date and subject (README of org.danvan.cases.ui)
        try {
            browser.waitUntil(UI, d -> visibleColumns("cases-grid") == 3);
        } finally {
            browser.screenshot("cases-worklist-phone");
        }
        assertEquals("Tổng số: 1 hồ sơ", textOf("cases-total"), "the search still finds one case on a phone");
        phoneOverflow.put("cases-worklist", String.valueOf(browser.script(WIDER_THAN_VIEWPORT, "cases-worklist")));
        browser.useDesktopSize();
        browser.waitUntil(UI, d -> visibleColumns("cases-grid") == 8);

        gridCell("cases-grid", complaintNumber).click();
        waitForCase(complaintNumber);
        assertEquals(complaintUrl, browser.currentUrl());

        browser.find("#case-do-accept").click();
        browser.find("#case-action-accept");
        assertEquals(LocalDate.now(ZoneOffset.ofHours(7)).format(DAY), value("case-action-accept-day"),
                "accepted today by default");
        browser.find("#case-action-accept-confirm").click();
        waitForStatus("ACCEPTED");
        String citation = value("case-next-due-citation");
        assertEquals("Luật Khiếu nại số 02/2011/QH13, Điều 28", citation);
        String nextDue = value("case-next-due");
        Matcher day = PAGE_DATE.matcher(nextDue);
        assertTrue(day.find(), "a due date: " + nextDue);
        LocalDate due = LocalDate.parse(day.group(1), DAY);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        assertTrue(!due.isBefore(today.plusDays(30)) && due.isBefore(today.plusDays(45)),
                "30 days for a first complaint (Điều 28), later only for holidays: " + nextDue);

        browser.find("#case-do-assign").click();
        browser.find("#case-action-assign");
        // picked by name, without diacritics, among those who may handle cases of the commune
        WebElement handlerSearch = browser.find("#case-action-assign-handler input");
        handlerSearch.sendKeys("cuong");
        browser.waitUntil(UI, d -> !browser.findAll("vaadin-combo-box-item").isEmpty()
                && browser.findAll("vaadin-combo-box-item").get(0).getText().contains("Lê Văn Cường"));
        handlerSearch.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForVaadin();
        browser.find("#case-action-assign-confirm").click();
        browser.waitUntil(UI, d -> !value("case-handler").isBlank());
        String handler = value("case-handler");
        String staff = karaf.shell("danvan:user-list " + HANDLER);
        assertTrue(!handler.isBlank() && !handler.startsWith("#") && staff.contains(handler),
                "the handler is shown by the full name of " + HANDLER + ": " + handler + " / " + staff);
        assertEquals("ACCEPTED", attribute("case-status", "data-status"));
        screenshots("cases-detail", "case-detail");
        logout();
    }

    @Test
    @Order(3)
    void theHandlerFindsItUnderMyCasesAndResolvesIt() {
        signInAt("ho-so-vu-viec", HANDLER);
        browser.find("#cases-grid");
        assertEquals("true", String.valueOf(browser.script(
                "return document.getElementById('cases-tab-MINE').hasAttribute('selected');")),
                "the worklist opens on my cases");
        gridCell("cases-grid", complaintNumber).click();
        waitForCase(complaintNumber);

        browser.find("#case-do-resolve").click();
        browser.find("#case-action-resolve");
        pick("case-action-resolve-outcome", "Đúng một phần");
        browser.typeInto("#case-action-resolve-decision input", "Quyết định số 15/QĐ-UBND");
        browser.waitForVaadin();
        browser.find("#case-action-resolve-confirm").click();
        waitForStatus("RESOLVED");
        assertEquals("Đã giải quyết", textOf("case-status"));
        assertEquals("Đúng một phần", value("case-outcome"));

        List<String> actions = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        for (WebElement step : browser.findAll("#case-timeline > [id^='case-step-']")) {
            actions.add(step.getAttribute("data-action"));
            actors.add(String.valueOf(browser.script(
                    "return arguments[0].querySelector('.case-step-who').textContent;", step)));
        }
        assertEquals(List.of("INTAKE", "CLASSIFY", "ACCEPT", "ASSIGN", "RESOLVE"), actions,
                browser.find("#case-timeline").getText());
        List<String> who = List.of(RECEPTION, RECEPTION, CHAIR, CHAIR, HANDLER);
        for (int i = 0; i < who.size(); i++) {
            assertTrue(actors.get(i).contains(who.get(i)), actions.get(i) + " by " + who.get(i) + ": " + actors.get(i));
        }
        assertTrue(textOf("case-timeline").contains("Quyết định số 15/QĐ-UBND"), textOf("case-timeline"));
        browser.screenshot("cases-detail-resolved-desktop");
        logout();
    }

    @Test
    @Order(4)
    void aDenunciationIsMaskedUntilTheChairUnmasksItWithAnAuditedReason() {
        signInAt("tiep-nhan-don", RECEPTION);
        browser.find("#intake");
        pick("intake-kind", "Tố cáo");
        pick("intake-channel", "Qua bưu điện");
        browser.typeInto("#intake-petitioner-0-name input", DENOUNCER);
        browser.typeInto("#intake-concerned input", "Ông Lê Văn Tám, trưởng thôn Lũng");
        browser.typeInto("#intake-content textarea", DENUNCIATION);
        browser.waitForVaadin();
        browser.find("#intake-save").click();
        browser.waitForVaadin();
        denunciationNumber = browser.find("#intake-result-number").getAttribute("data-number");
        browser.find("#intake-result-open").click();
        waitForCase(denunciationNumber);
        denunciationUrl = browser.currentUrl();
        assertEquals("DENUNCIATION", attribute("case-kind", "data-kind"));
        browser.find("#case-petitioners-masked");
        assertNameHidden();
        assertTrue(browser.findAll("#case-unmask").isEmpty(), "a reception officer may not unmask");
        browser.screenshot("cases-detail-denunciation-masked-desktop");
        logout();

        browser.open(denunciationUrl);
        browser.signIn(CHAIR, PASSWORD);
        waitForCase(denunciationNumber);
        browser.find("#case-petitioners-masked");
        assertNameHidden();
        browser.find("#case-unmask").click();
        browser.find("#case-unmask-dialog");
        browser.typeInto("#case-unmask-dialog-reason textarea", UNMASK_REASON);
        browser.waitForVaadin();
        browser.find("#case-unmask-dialog-confirm").click();
        browser.waitForVaadin();
        browser.find("#case-unmasked-people");
        assertEquals(DENOUNCER, value("case-unmasked-people-0-name"), "the chair sees the name after unmasking");
        browser.screenshot("cases-detail-denunciation-unmasked-desktop");
        browser.find("#case-unmasked-close").click();
        browser.waitForVaadin();

        String trail = karaf.shell("danvan:audit-list --action case.unmask --limit 5");
        String line = trail.lines().filter(l -> l.contains(denunciationNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no reveal of " + denunciationNumber + " in\n" + trail));
        assertTrue(line.contains("case.unmask") && line.contains(CHAIR) && line.contains(UNMASK_REASON), line);
    }

    @Test
    @Order(5)
    void aCaseIsTransferredToAnotherBody() {
        String created = karaf.shell("danvan:case-create --unit " + COMMUNE
                + " --kind complaint-first --name \"Pham Van Long\" \"De nghi giai quyet viec boi thuong " + MARK
                + " thuoc tham quyen cap huyen\"");
        Matcher matcher = CREATED.matcher(created);
        assertTrue(matcher.find(), created);
        String number = matcher.group(1);
        signInAt("ho-so-vu-viec/chi-tiet?id=" + matcher.group(2), CHAIR);
        waitForCase(number);
        browser.find("#case-do-transfer").click();
        browser.find("#case-action-transfer");
        browser.typeInto("#case-action-transfer-body input", TRANSFER_BODY);
        browser.waitForVaadin();
        browser.find("#case-action-transfer-confirm").click();
        waitForStatus("TRANSFERRED");
        assertEquals("Đã chuyển đơn", textOf("case-status"));
        WebElement last = browser.findAll("#case-timeline > [id^='case-step-']").stream()
                .reduce((first, second) -> second).orElseThrow();
        assertEquals("TRANSFER", last.getAttribute("data-action"));
        String step = String.valueOf(browser.script("return arguments[0].innerText;", last));
        assertTrue(step.contains("Chuyển đến: " + TRANSFER_BODY) && step.contains("(" + CHAIR + ")"),
                step + "\n" + browser.script("return arguments[0].outerHTML;", last));
        browser.screenshot("cases-detail-transferred-desktop");
    }

    @Test
    @Order(6)
    void theCitizenPageShowsTheResolvedComplaint() {
        browser.open(karaf.baseUrl() + "tra-cuu");
        browser.waitForVaadin();
        browser.typeInto("#status-code input", trackingCode);
        browser.find("#status-lookup").click();
        browser.waitForVaadin();
        browser.find("#status-result");
        assertEquals("Đã giải quyết", browser.find("#status-step").getText());
    }

    @Test
    @Order(7)
    void theDashboardDrawsItsChartsAndDrillsDownIntoTheWorklist() {
        signInAt("tong-quan", CHAIR);
        browser.find("#dashboard");
        String total = browser.waitUntil(UI, d -> {
            String text = textOf("dashboard-total");
            return text.startsWith("Tổng số hồ sơ vụ việc hiện có: ") ? text : null;
        });
        int count = Integer.parseInt(total.replaceAll("\\D", ""));
        assertTrue(count >= 3, "at least the three cases recorded here: " + total);
        for (String chart : List.of("dashboard-chart-kind", "dashboard-chart-status", "dashboard-chart-due")) {
            browser.waitUntil(UI, d -> Boolean.TRUE.equals(browser.script(CHART_DRAWN, chart)));
        }
        screenshots("dashboard", "dashboard");

        WebElement row = gridCell("dashboard-table", "Khiếu nại lần đầu");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", row);
        row.click();
        browser.waitUntil(UI, d -> browser.currentUrl().contains("/ho-so-vu-viec?"));
        browser.find("#cases-grid");
        String url = browser.currentUrl();
        for (String parameter : List.of("ds=ALL", "loai=COMPLAINT_FIRST", "don-vi=", "cap-duoi=1")) {
            assertTrue(url.contains(parameter), parameter + " in " + url);
        }
        assertEquals("true", String.valueOf(browser.script(
                "return document.getElementById('cases-tab-ALL').hasAttribute('selected');")), url);
        logout();
    }

    @Test
    @Order(8)
    void everyScreenFitsAPhoneWithoutSidewaysScrolling() {
        assertEquals(List.of("cases-intake", "cases-worklist", "cases-detail", "dashboard"),
                List.copyOf(phoneOverflow.keySet()), "every screen was seen at phone width");
        Map<String, String> overflowing = new LinkedHashMap<>(phoneOverflow);
        overflowing.values().removeIf(String::isEmpty);
        assertEquals(Map.of(), overflowing, "elements reaching past the right edge at " + Browser.PHONE.getWidth()
                + " px (see the *-phone screenshots)");
    }

    @Test
    @Order(10)
    void aReceptionBookEntryBecomesACase() {
        signInAt("so-tiep-cong-dan", RECEPTION);
        browser.find("#reception-book-grid");
        browser.find("#reception-book-new").click();
        browser.find("#reception-entry-dialog");
        browser.typeInto("#reception-entry-citizenName input", "Lương Văn Thắng");
        browser.typeInto("#reception-entry-citizenAddress input", "Thôn Lũng Giang, xã Tiên Du");
        browser.typeInto("#reception-entry-content textarea", "Đề nghị sửa chữa cầu dân sinh qua kênh " + MARK);
        pick("reception-entry-petitionKind", "Kiến nghị");
        browser.typeInto("#reception-entry-peopleCount input", "1");
        pick("reception-entry-disposition", "Tiếp nhận, xử lý");
        browser.find("#reception-entry-save").click();
        browser.waitForVaadin();
        WebElement open = browser.waitUntil(UI, d -> browser.findAll("[id^='reception-entry-open-case-']").stream()
                .findFirst().orElse(null));
        browser.screenshot("reception-book-desktop");
        // the action column lies beyond the right edge of the wide form-03 grid: click it where it is
        browser.script("arguments[0].scrollIntoView({inline: 'end'}); arguments[0].click();", open);
        String href = browser.find("#reception-case-link").getAttribute("href");
        assertTrue(href.contains("ho-so-vu-viec/chi-tiet?id="), href);
        // the entry now links its case instead of offering to create another
        browser.waitUntil(UI, d -> browser.findAll("[id^='reception-entry-open-case-']").isEmpty());
        assertEquals(1, browser.findAll("[id^='reception-entry-case-']").size());
        browser.open(href);
        waitForStatus("RECEIVED");
        assertTrue(value("case-content").contains("cầu dân sinh qua kênh " + MARK), value("case-content"));
    }

    @Test
    @Order(20)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    /** A Chart.js chart was created in the element's shadow root and painted at least one pixel of its canvas. */
    private static final String CHART_DRAWN = """
            const el = document.getElementById(arguments[0]);
            if (!el || !el.shadowRoot || !el._chart) { return false; }
            const canvas = el.shadowRoot.querySelector('canvas');
            if (!canvas || canvas.width === 0 || canvas.height === 0) { return false; }
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
            return false;
            """;

    /**
     * Empty when the view fits the viewport's width (scrolling inside a component, such as the tabs' own scroller,
     * does not count); otherwise the view's widths and the elements reaching furthest past the right edge.
     */
    private static final String WIDER_THAN_VIEWPORT = """
            const view = document.getElementById(arguments[0]);
            const limit = Math.min(window.innerWidth, view.getBoundingClientRect().right);
            if (view.scrollWidth <= view.clientWidth + 1 && document.documentElement.scrollWidth <= window.innerWidth) {
                return '';
            }
            const found = [];
            for (const e of view.querySelectorAll('*')) {
                const r = e.getBoundingClientRect();
                if (r.width > 0 && r.right > limit + 1) {
                    found.push({ right: Math.round(r.right), what: e.localName + (e.id ? '#' + e.id : '') });
                }
            }
            found.sort((a, b) => b.right - a.right);
            return 'view ' + view.clientWidth + ' px wide, content ' + view.scrollWidth + ' px: '
                + found.slice(0, 8).map(f => f.what + ' right=' + f.right).join(', ');
            """;

    /** Chooses a combo box item by its whole label and checks that the field shows it. */
    private int visibleColumns(String gridId) {
        return ((Number) browser.script("return document.querySelectorAll('#' + arguments[0]"
                + " + ' > vaadin-grid-column:not([hidden])').length;", gridId)).intValue();
    }

    private boolean checked(String id) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).checked;", id));
    }

    private String textOf(String id) {
        Object text = browser.script("const e = document.getElementById(arguments[0]);"
                + " return e ? e.textContent.trim() : null;", id);
        return text == null ? "" : text.toString();
    }

    private String attribute(String id, String name) {
        return String.valueOf(browser.script("const e = document.getElementById(arguments[0]);"
                + " return e ? e.getAttribute(arguments[1]) : null;", id, name));
    }

    /** The cell of a grid showing exactly this text, waiting for the lazy grid to render it. */
    private WebElement gridCell(String gridId, String text) {
        return browser.waitUntil(UI, d -> browser.findAll("#" + gridId + " vaadin-grid-cell-content").stream()
                .filter(cell -> text.equals(cell.getText().trim())).findFirst().orElse(null));
    }

    /** Waits for the detail of the case with this number; the view replaces its content after every action. */
    private void waitForCase(String number) {
        browser.waitUntil(UI, d -> number.equals(textOf("case-number")));
        browser.waitForVaadin();
    }

    private void waitForStatus(String status) {
        browser.waitUntil(UI, d -> status.equals(attribute("case-status", "data-status")));
        browser.waitForVaadin();
    }

    /** Neither the whole name nor its distinctive words appear anywhere on the page, in its text or its fields. */
    private void assertNameHidden() {
        String page = browser.pageText() + "\n--- field values ---\n" + browser.script(
                "return Array.from(document.querySelectorAll('input, textarea')).map(i => i.value).join('\\n');");
        for (String part : List.of(DENOUNCER, "Đức Mạnh", "Duc Manh")) {
            assertFalse(page.contains(part), "the denouncer's name (" + part + ") is on the page:\n" + page);
        }
    }

    /** Desktop then phone width, back to desktop; notes what of the view reaches past a phone's screen. */
    private void screenshots(String name, String viewId) {
        browser.useDesktopSize();
        browser.waitForVaadin();
        browser.screenshot(name + "-desktop");
        browser.usePhoneSize();
        browser.waitForVaadin();
        browser.screenshot(name + "-phone");
        phoneOverflow.put(name, String.valueOf(browser.script(WIDER_THAN_VIEWPORT, viewId)));
        browser.useDesktopSize();
        browser.waitForVaadin();
    }

    /** Ends whatever session the browser has, opens the route and signs in there. */
    private void signInAt(String route, String login) {
        // leave the page first, so its push connection is closed before the session ends
        browser.open("about:blank");
        browser.open(karaf.baseUrl() + "logout");
        browser.find("vaadin-login-form");
        browser.open(karaf.baseUrl() + route);
        browser.signIn(login, PASSWORD);
    }

    private void logout() {
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }

    /** The text of the QR code on a PDF's first page, rendered at 150 dpi as a phone's camera would see it. */
    private static String qrCodeOf(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("PHIẾU TIẾP NHẬN ĐƠN") && !text.contains(PETITIONER),
                    "a receipt that names no petitioner:\n" + text);
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 150, org.apache.pdfbox.rendering.ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(
                            page.getWidth(), page.getHeight(), pixels))),
                    Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (java.io.IOException | com.google.zxing.ReaderException e) {
            throw new AssertionError("no readable QR code on the receipt", e);
        }
    }
}
