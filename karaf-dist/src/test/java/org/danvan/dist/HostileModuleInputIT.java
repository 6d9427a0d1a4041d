package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * {@link HostileInputIT}'s payloads typed into every free-text field of the optional modules' dialogs, the modules
 * installed for Xã Tiên Du: grassroots democracy (a disclosure, a matter for decision, a draft put to consultation,
 * and comments on it, from a citizen on the public page without an account and from the commune's staff), emulation
 * and awards (a "Dân vận khéo" model, its scoring comment, the decision recognising it), Front supervision (a
 * supervision programme), dissemination (a document to disseminate), the Ho Chi Minh study (an exemplary model and its
 * recognition), officials' conduct (an inspection), procedure review (a procedure on the register) and the notice
 * board (a notice). Each payload is saved once per dialog, then looked at wherever the text is shown: the module's
 * list, the record's edit dialog or detail, the comments list, the grassroots dashboard, the commune's public page
 * (shown without login, the most exposed place, on a desktop and on a phone), the chair's home page with every
 * module's cards, and each module's report: its workbook has no formula from user text and every formula-like text
 * cell quote-prefixed, and, for the modules whose report lists the records typed here, holds every payload as text;
 * its PDF downloads. A field that refuses a payload with a message is inert by refusal. The figures (payloads × fields
 * stored, places checked, refusals, the workbooks) are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileModuleInputIT extends BrowserDistributionTest {

    private static final List<String> PAYLOADS = HostileChecks.PAYLOADS;
    private static final Duration UI = Duration.ofSeconds(30);
    private static final String CHAIR = "chutich.tiendu";
    /**
     * Unit pickers' code fields ({@code <picker>-code}) look a unit up: not free text. A procedure's code is free text
     * and takes the payloads (the first run left it out with every "-code" and missed it).
     */
    private static final Predicate<String> NOT_FREE_TEXT = id -> id.endsWith("-unit-code")
            || id.equals("ds-document-target-code");
    /** The supervision round 16 days from today: a plan sent today is on time. */
    private static final LocalDate ROUND = today().plusDays(16);
    private static final List<String> MODULES = List.of("grassroots", "emulation", "supervision", "dissemination",
            "hcmstudy", "conduct", "procedure-review", "noticeboard");
    /** The modules whose report lists the records typed here (the others list only later steps of them). */
    private static final List<String> PAYLOADS_IN_REPORT = List.of("grassroots", "emulation", "supervision",
            "dissemination");

    private HostileChecks checks;
    private int payloadsStored;
    private final List<String> figures = new ArrayList<>();

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", String.join(",", MODULES));
        for (String module : MODULES) {
            copy.setProperty("etc/org.danvan.platform.modules.cfg", module + ".units", "24003");
        }
    }

    @BeforeAll
    void startChecks() {
        checks = new HostileChecks(browser);
    }

    @Test
    @Order(1)
    void theModulesAreInstalledForOneCommune() {
        for (String module : MODULES) {
            karaf.awaitLog("Module " + module + ": enabling for 24003", UI);
        }
        String list = karaf.shell("danvan:module-list");
        for (String module : MODULES) {
            assertTrue(list.lines().anyMatch(l -> l.startsWith(module) && l.contains("installed")), list);
        }
    }

    @Test
    @Order(2)
    void everyTextFieldOfADisclosureTakesEachPayload() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "dan-chu/cong-khai");
        browser.signIn(CHAIR, "danvan");
        browser.find("#gr-disclosure-list");
        for (String payload : PAYLOADS) {
            checks.click("#gr-disclosure-new");
            browser.find("#gr-disclosure-dialog");
            WebElement group = browser.find("#gr-disclosure-group input");
            group.sendKeys("quyết toán ngân sách");
            browser.waitUntil(UI, d -> !browser.findAll("vaadin-combo-box-item").isEmpty()
                    && browser.findAll("vaadin-combo-box-item").get(0).getText().startsWith("2."));
            group.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.waitForVaadin();
            payloadsStored += save("#gr-disclosure-dialog", "#gr-disclosure-save", payload, null);
            checks.assertInert("disclosure list");
            assertShown("#gr-disclosure-list", payload);
        }
        browser.find("[id^='gr-disclosure-edit-']").click();
        browser.find("#gr-disclosure-dialog");
        browser.waitForVaadin();
        checks.assertInert("disclosure edit dialog");
        closeDialog("#gr-disclosure-dialog");
    }

    @Test
    @Order(3)
    void everyTextFieldOfAMatterForDecisionTakesEachPayload() {
        browser.open(karaf.baseUrl() + "dan-chu/bieu-quyet");
        browser.find("#gr-matter-list");
        for (String payload : PAYLOADS) {
            checks.click("#gr-matter-new");
            browser.find("#gr-matter-dialog");
            browser.typeInto("#gr-matter-households input", "120");
            setDate("#gr-matter-meeting-on", today());
            // the options are one a line and a ballot needs two: the payload, then a plain one
            payloadsStored += save("#gr-matter-dialog", "#gr-matter-save", payload,
                    () -> browser.typeInto("#gr-matter-options textarea", payload + "\nKhông đồng ý"));
            checks.assertInert("matter list");
            assertShown("#gr-matter-list", payload);
        }
        browser.find("[id^='gr-matter-edit-']").click();
        browser.find("#gr-matter-dialog");
        browser.waitForVaadin();
        checks.assertInert("matter edit dialog");
        closeDialog("#gr-matter-dialog");
    }

    @Test
    @Order(4)
    void everyTextFieldOfAConsultationTakesEachPayload() {
        browser.open(karaf.baseUrl() + "dan-chu/lay-y-kien");
        browser.find("#gr-consultation-list");
        for (String payload : PAYLOADS) {
            checks.click("#gr-consultation-new");
            browser.find("#gr-consultation-dialog");
            payloadsStored += save("#gr-consultation-dialog", "#gr-consultation-save", payload, null);
            checks.assertInert("consultation list");
            assertShown("#gr-consultation-list", payload);
        }
    }

    @Test
    @Order(5)
    void theGrassrootsDashboardAndReportKeepThePayloadsInert() {
        browser.open(karaf.baseUrl() + "dan-chu/tong-quan");
        browser.find("#gr-dashboard-figures");
        browser.find("#gr-dashboard-show").click();
        browser.waitForVaadin();
        checks.assertInert("grassroots dashboard");

        browser.open(karaf.baseUrl() + "dan-chu/bao-cao");
        browser.find("#gr-report-show").click();
        browser.waitUntil(UI, d -> browser.find("#gr-report-summary").getText().contains("nội dung công khai"));
        checks.assertInert("grassroots report screen");
        exports("grassroots", "#gr-report-xlsx", "#gr-report-pdf");
    }

    @Test
    @Order(6)
    void theCommunesPublicPageShowsThePayloadsInertWithoutLogin() {
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
        for (boolean phone : List.of(false, true)) {
            if (phone) {
                browser.usePhoneSize();
            }
            browser.open(karaf.baseUrl() + "cong-khai?xa=24003");
            browser.waitUntil(UI, d -> !browser.findAll("#gr-public-group-2").isEmpty());
            browser.waitForVaadin();
            checks.assertInert("public page" + (phone ? " on a phone" : ""));
            String page = browser.find("#gr-public").getText();
            for (String payload : PAYLOADS) {
                assertTrue(page.contains(payload.substring(0, 8)), "the public page shows as text: " + payload);
            }
        }
        browser.useDesktopSize();
    }

    /**
     * A citizen without an account comments with the first payloads (the page takes three comments a connection in
     * ten minutes), the commune's staff record the others from a meeting; the staff's list of comments is inert.
     */
    @Test
    @Order(7)
    void commentsFromThePublicPageAndFromStaffAreShownInert() {
        browser.open(karaf.baseUrl() + "cong-khai?xa=24003");
        browser.find("#gr-public-consultations");
        String card = browser.find("[id^='gr-public-consultation-']").getAttribute("id");
        String id = card.substring("gr-public-consultation-".length());
        for (String payload : PAYLOADS.subList(0, 3)) {
            List<String> fields = checks.fillEveryTextField("#" + card, payload, NOT_FREE_TEXT);
            checks.click("#gr-public-comment-send-" + id);
            browser.waitForVaadin();
            checks.clearRefusedFieldsAndSave("#" + card, "#gr-public-comment-send-" + id, fields);
            // a comment taken empties its text and thanks the citizen
            browser.waitUntil(UI, d -> value("gr-public-comment-text-" + id).isEmpty()
                    && browser.find("#gr-public-comment-answer-" + id).getText().contains("Cảm ơn"));
            checks.assertInert("public page after a comment");
            payloadsStored += fields.size();
        }

        browser.open(karaf.baseUrl() + "dan-chu/lay-y-kien");
        browser.signIn(CHAIR, "danvan");
        browser.find("#gr-consultation-comments-" + id).click();
        browser.find("#gr-comments-dialog");
        for (String payload : PAYLOADS.subList(3, PAYLOADS.size())) {
            List<String> fields = checks.fillEveryTextField("#gr-comments-dialog", payload, NOT_FREE_TEXT);
            checks.click("#gr-comment-add");
            browser.waitForVaadin();
            checks.clearRefusedFieldsAndSave("#gr-comments-dialog", "#gr-comment-add", fields);
            assertShown("#gr-comments-list", payload);
            payloadsStored += fields.size();
        }
        for (String payload : PAYLOADS) {
            assertShown("#gr-comments-list", payload);
        }
        checks.assertInert("comments list");
        closeDialog("#gr-comments-dialog");
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }

    @Test
    @Order(8)
    void everyTextFieldOfADanVanKheoModelTakesEachPayload() {
        browser.open(karaf.baseUrl() + "thi-dua/dan-van-kheo");
        browser.signIn(CHAIR, "danvan");
        browser.find("#em-model-list");
        for (String payload : PAYLOADS) {
            checks.click("#em-model-new");
            browser.find("#em-model-dialog");
            WebElement domain = browser.find("#em-model-domain input");
            domain.sendKeys("Văn hóa");
            browser.waitUntil(UI, d -> !browser.findAll("vaadin-combo-box-item").isEmpty());
            domain.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.waitForVaadin();
            setDate("#em-model-started-on", LocalDate.of(2025, 3, 1));
            browser.typeInto("#em-model-people input", "120");
            payloadsStored += save("#em-model-dialog", "#em-model-save", payload, null);
            checks.assertInert("model list");
            assertShown("#em-model-list", payload);
        }
        // each model scored by the council (the comment a payload) and recognised by a decision (its number and
        // signer payloads): the year's report lists the models recognised
        @SuppressWarnings("unchecked")
        List<String> models = (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'[id^=\"em-model-score-\"]')).map(b => b.id.substring('em-model-score-'.length));");
        assertEquals(PAYLOADS.size(), models.size(), "the models registered: " + models);
        for (int i = 0; i < models.size(); i++) {
            String payload = PAYLOADS.get(i);
            String id = models.get(i);
            checks.click("#em-model-score-" + id);
            browser.find("#em-score-dialog");
            for (String[] points : new String[][] { { "NAMED_AT_ADDRESS", "9" }, { "REGISTERED", "10" },
                    { "MOBILISES_FORCES", "13" }, { "SPREAD_EFFECT", "17" }, { "POPULAR_CONSENT", "18" },
                    { "RECOGNISED", "8" }, { "SUSTAINABLE", "12" } }) {
                browser.typeInto("#em-score-" + points[0] + " input", points[1]);
            }
            payloadsStored += save("#em-score-dialog", "#em-score-save", payload, null);
            browser.waitUntil(UI, d -> !browser.findAll("#em-model-recognise-" + id).isEmpty()
                    && browser.find("#em-model-recognise-" + id).isDisplayed());
            checks.click("#em-model-recognise-" + id);
            browser.find("#em-recognise-dialog");
            payloadsStored += save("#em-recognise-dialog", "#em-recognise-save", payload, null);
            checks.assertInert("model list, scored and recognised");
        }
        browser.waitUntil(UI, d -> browser.findAll("[id^='em-model-recognise-']").stream()
                .noneMatch(WebElement::isDisplayed));

        browser.open(karaf.baseUrl() + "thi-dua/bao-cao");
        browser.waitUntil(UI, d -> !browser.find("#em-report-summary").getText().isBlank());
        checks.assertInert("emulation report screen");
        exports("emulation", "#em-report-xlsx", "#em-report-pdf");
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }

    @Test
    @Order(9)
    void everyTextFieldOfASupervisionProgrammeTakesEachPayload() {
        browser.open(karaf.baseUrl() + "giam-sat/chuong-trinh");
        browser.signIn("admin", "admin");
        browser.typeInto("#sv-programmes-year input", Integer.toString(ROUND.getYear()));
        browser.waitForVaadin();
        for (String payload : PAYLOADS) {
            checks.click("#sv-programme-new");
            browser.find("#sv-programme-dialog");
            pickUnit("sv-programme-unit", "24003-MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tiên Du");
            pickUnit("sv-programme-subject-unit", "24003", "Xã Tiên Du");
            setDate("#sv-programme-round", ROUND);
            payloadsStored += save("#sv-programme-dialog", "#sv-programme-save", payload, null);
            checks.assertInert("supervision programme list");
            assertShown("#sv-programme-list", payload);
        }
        browser.find("[id^='sv-programme-open-']").click();
        browser.waitForVaadin();
        checks.assertInert("supervision programme detail");
        browser.find("[id^='sv-programme-edit-']").click();
        browser.find("#sv-programme-dialog");
        browser.waitForVaadin();
        checks.assertInert("supervision programme edit dialog");
        closeDialog("#sv-programme-dialog");

        browser.open(karaf.baseUrl() + "giam-sat/bao-cao");
        browser.waitUntil(UI, d -> browser.find("#sv-report-summary").getText().contains("chương trình"));
        checks.assertInert("supervision report screen");
        exports("supervision", "#sv-report-xlsx", "#sv-report-pdf");
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }

    @Test
    @Order(10)
    void everyTextFieldOfADocumentToDisseminateTakesEachPayload() {
        browser.open(karaf.baseUrl() + "tuyen-truyen/van-ban");
        browser.signIn(CHAIR, "danvan");
        browser.find("#ds-document-list");
        for (String payload : PAYLOADS) {
            checks.click("#ds-document-add");
            browser.find("#ds-document-dialog");
            setDate("#ds-document-issued", today().minusDays(5));
            setDate("#ds-document-due", today().plusDays(10));
            payloadsStored += save("#ds-document-dialog", "#ds-document-save", payload, null);
            checks.assertInert("document list");
            assertShown("#ds-document-list", payload);
        }
        browser.open(karaf.baseUrl() + "tuyen-truyen/bao-cao");
        browser.waitUntil(UI, d -> browser.find("#ds-report-summary").getText().contains("văn bản"));
        checks.assertInert("dissemination report screen");
        exports("dissemination", "#ds-report-xlsx", "#ds-report-pdf");
    }

    @Test
    @Order(11)
    void everyTextFieldOfAnExemplaryModelOfTheStudyTakesEachPayload() {
        browser.open(karaf.baseUrl() + "hoc-tap-bac/dien-hinh");
        browser.find("#hs-model-list");
        for (String payload : PAYLOADS) {
            checks.click("#hs-model-propose");
            browser.find("#hs-model-dialog");
            payloadsStored += save("#hs-model-dialog", "#hs-model-save", payload, null);
            checks.assertInert("exemplary model list");
            assertShown("#hs-model-list", payload);
            // recognised by a decision whose text fields take the payload too
            browser.waitUntil(UI, d -> !browser.findAll("[id^='hs-model-recognise-']").isEmpty());
            checks.click("[id^='hs-model-recognise-']");
            browser.find("#hs-recognise-dialog");
            payloadsStored += save("#hs-recognise-dialog", "#hs-recognise-save", payload, null);
            checks.assertInert("exemplary model list, recognised");
        }
        browser.open(karaf.baseUrl() + "hoc-tap-bac/bao-cao");
        browser.waitUntil(UI, d -> !browser.find("#hs-report-summary").getText().isBlank());
        checks.assertInert("study report screen");
        exports("hcmstudy", "#hs-report-xlsx", "#hs-report-pdf");
    }

    @Test
    @Order(12)
    void everyTextFieldOfAConductInspectionTakesEachPayload() {
        browser.open(karaf.baseUrl() + "tac-phong/kiem-tra");
        browser.find("#cd-inspection-list");
        for (String payload : PAYLOADS) {
            checks.click("#cd-inspection-plan");
            browser.find("#cd-inspection-dialog");
            payloadsStored += save("#cd-inspection-dialog", "#cd-inspection-save", payload, null);
            checks.assertInert("inspection list");
            assertShown("#cd-inspection-list", payload);
        }
        browser.open(karaf.baseUrl() + "tac-phong/bao-cao");
        browser.waitUntil(UI, d -> !browser.find("#cd-report-summary").getText().isBlank());
        checks.assertInert("conduct report screen");
        exports("conduct", "#cd-report-xlsx", "#cd-report-pdf");
    }

    @Test
    @Order(13)
    void everyTextFieldOfAProcedureOnTheRegisterTakesEachPayload() {
        browser.open(karaf.baseUrl() + "thu-tuc/danh-muc");
        browser.find("#pr-procedure-list");
        for (String payload : PAYLOADS) {
            checks.click("#pr-procedure-add");
            browser.find("#pr-procedure-dialog");
            browser.typeInto("#pr-procedure-days input", "3");
            browser.typeInto("#pr-procedure-fee input", "8000");
            // a code longer than 40 characters is refused at its field; the procedure is then registered with a
            // plain one
            payloadsStored += save("#pr-procedure-dialog", "#pr-procedure-save", payload, null,
                    Map.of("pr-procedure-code", "1.00" + PAYLOADS.indexOf(payload)));
            checks.assertInert("procedure register");
            assertShown("#pr-procedure-list", payload);
        }
        browser.open(karaf.baseUrl() + "thu-tuc/bao-cao");
        browser.waitUntil(UI, d -> !browser.find("#pr-report-summary").getText().isBlank());
        checks.assertInert("procedure report screen");
        exports("procedure-review", "#pr-report-xlsx", "#pr-report-pdf");
    }

    /** Notices with the payloads on the board, then the chair's home page, where every module puts its cards. */
    @Test
    @Order(14)
    void everyTextFieldOfANoticeTakesEachPayloadAndTheHomePageStaysInert() {
        browser.open(karaf.baseUrl() + "bang-tin");
        browser.find("#notice-list");
        for (String payload : PAYLOADS) {
            checks.click("#notice-new");
            browser.find("#notice-editor");
            payloadsStored += save("#notice-editor", "#notice-save", payload, null);
            checks.assertInert("notice board");
            assertShown("#notice-list", payload);
        }
        browser.open(karaf.baseUrl());
        browser.find("#home-greeting");
        browser.waitForVaadin();
        checks.assertInert("home page");
    }

    @Test
    @Order(15)
    void theFiguresArePrinted() {
        System.out.println("hostile module input: " + PAYLOADS.size() + " payloads, " + payloadsStored
                + " payload values stored (fields x payloads), " + checks.placesChecked()
                + " pages, dialogs and exports checked inert, " + checks.refusals()
                + " refused by validation; per field: " + checks.refusedByField() + "; workbooks: " + figures);
    }

    @Test
    @Order(16)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    /**
     * Fills every free-text field of an open dialog with the payload, runs {@code then} (a field that needs more
     * than the payload), saves, empties and counts the fields that refused it, and waits for the dialog to close.
     * Returns the number of fields that kept the payload.
     */
    private int save(String dialog, String save, String payload, Runnable then) {
        return save(dialog, save, payload, then, Map.of());
    }

    /**
     * As {@link #save(String, String, String, Runnable)}; a required field that refused the payload (emptied, so the
     * dialog stays open) gets the plain value {@code plainWhenRefused} gives for it, and the dialog is saved again.
     */
    private int save(String dialog, String save, String payload, Runnable then, Map<String, String> plainWhenRefused) {
        List<String> fields = checks.fillEveryTextField(dialog, payload, NOT_FREE_TEXT);
        if (then != null) {
            then.run();
            browser.waitForVaadin();
        }
        checks.click(save);
        browser.waitForVaadin();
        checks.clearRefusedFieldsAndSave(dialog, save, fields);
        List<String> refilled = plainWhenRefused.keySet().stream().filter(id -> !fields.contains(id)).toList();
        if (!refilled.isEmpty() && !browser.findAll(dialog).isEmpty()) {
            refilled.forEach(id -> browser.typeInto("#" + id + " input, #" + id + " textarea",
                    plainWhenRefused.get(id)));
            browser.waitForVaadin();
            checks.click(save);
            browser.waitForVaadin();
        }
        browser.waitUntil(UI, d -> browser.findAll(dialog).isEmpty());
        browser.waitForVaadin();
        return fields.size();
    }

    /** The list shows the payload as text (its first characters: a field's maximum length may cut it). */
    private void assertShown(String grid, String payload) {
        browser.waitUntil(UI, d -> gridText(grid).contains(payload.substring(0, 8)));
    }

    /** Downloads a module report's workbook and PDF, checks the workbook and that the PDF is one. */
    private void exports(String module, String xlsxLink, String pdfLink) {
        byte[] xlsx = downloadLink(xlsxLink);
        HostileChecks.WorkbookFigures workbook = checks.checkWorkbook(xlsx, module + " report workbook");
        assertTrue(!PAYLOADS_IN_REPORT.contains(module) || workbook.payloadsFound().containsAll(PAYLOADS),
                "every payload is a text cell of the " + module
                + " report: " + workbook.payloadsFound());
        assertTrue(!PAYLOADS_IN_REPORT.contains(module) || workbook.formulaLike() >= 2, "the '=cmd…' and '+SUM…' texts are formula-like cells of the "
                + module + " report: " + workbook.formulaLike());
        byte[] pdf = downloadLink(pdfLink);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII), module + " report PDF");
        checks.countPlace();
        figures.add(module + ": " + workbook.cells() + " cells, " + workbook.payloadsFound().size() + "/"
                + PAYLOADS.size() + " payloads found, " + workbook.formulaLike() + " formula-like quote-prefixed, pdf "
                + pdf.length + " B");
    }

    /** Closes a dialog as its Escape key would (the dialog element itself takes no keys). */
    private void closeDialog(String dialog) {
        browser.script("document.querySelector(arguments[0]).opened = false;", dialog);
        browser.waitUntil(UI, d -> browser.findAll(dialog).isEmpty());
    }

    /** Types a unit's code into a unit picker and waits until the picker shows the unit's path. */
    private void pickUnit(String picker, String code, String name) {
        browser.typeInto("#" + picker + "-code input", code);
        browser.waitForVaadin();
        browser.waitUntil(UI, d -> String.valueOf(browser.script(
                "return document.getElementById(arguments[0]).helperText;", picker)).endsWith(name));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
