package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The administrators' rule and calendar screens in the real distribution (issue 10): the administrator overrides the
 * configurable row complaint.accept in the rules screen — a bad figure is refused at the field — and a first
 * complaint received today gets a later due date at once; then announces a day off in the calendar screen, sees
 * before saving how many open cases' due dates move, saves, and the complaint's due date moves by one working day.
 * After a restart the override is still in force (it is stored in the org.danvan.rules configuration).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesAndCalendarScreensIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String COMMUNE = "24003";
    private static final String CHAIR = "chutich.tiendu";
    private static final String PASSWORD = "danvan";
    private static final Pattern CREATED = Pattern.compile("Created case (\\S+) \\(id (\\d+)\\)");
    private static final Pattern PAGE_DATE = Pattern.compile("(\\d{2}/\\d{2}/\\d{4})");
    private static final Pattern MOVED = Pattern.compile("(\\d+) trong (\\d+) hồ sơ đang mở đổi hạn xử lý");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private String caseNumber;
    private String caseRoute;
    private LocalDate shippedDue;
    private LocalDate overriddenDue;

    @Test
    @Order(1)
    void aComplaintReceivedTodayHasTheShippedAcceptanceClock() {
        String created = karaf.shell("danvan:case-create --unit " + COMMUNE
                + " --kind complaint-first --name \"Lê Thị Quy Định\" \"Khiếu nại quyết định xử phạt hành chính"
                + " về trật tự xây dựng tại thôn Bắc, xã Tiên Du\"");
        Matcher matcher = CREATED.matcher(created);
        assertTrue(matcher.find(), created);
        caseNumber = matcher.group(1);
        caseRoute = "ho-so-vu-viec/chi-tiet?id=" + matcher.group(2);
        shippedDue = dueOnCasePage();
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        assertTrue(weekdaysBetween(today, shippedDue) >= 7, "7 working days (Decree 155/2026) at least: " + shippedDue);
    }

    @Test
    @Order(2)
    void theAdministratorOverridesTheAcceptanceRowAndTheDueDateMovesAtOnce() {
        signInAt("quan-tri/quy-dinh", "admin", "admin");
        browser.find("#rules-grid");
        String all = gridText("#rules-grid");
        assertTrue(all.contains("Nghị định số 155/2026/NĐ-CP") && all.contains("Luật Khiếu nại số 02/2011/QH13, Điều 27"),
                "history with citations: both rows of complaint.accept are listed");
        browser.typeInto("#rules-filter input", "complaint.accept");
        // recycled grid cells keep old texts: what the filter shows is read from the page text
        browser.waitUntil(UI, d -> !browser.pageText().contains("complaint.filing"));
        String rows = browser.pageText();
        assertTrue(rows.contains("01/07/2026 · đang áp dụng") && rows.contains("Cần xác minh, có thể điều chỉnh"), rows);
        selectRow("01/07/2026");
        browser.find("#rules-override").click();
        browser.find("#rule-override-dialog");

        // a negative figure is refused at the field with the translated message; nothing is stored
        browser.typeInto("#rule-override-limit input", "-3");
        browser.waitForVaadin();
        browser.find("#rule-override-save").click();
        browser.waitForVaadin();
        String error = String.valueOf(browser.script(
                "const f = document.getElementById('rule-override-limit'); return f.invalid + ' ' + f.errorMessage;"));
        assertTrue(error.startsWith("true") && error.contains("“-3” không hợp lệ"), error);

        browser.typeInto("#rule-override-limit input", "12");
        browser.waitForVaadin();
        browser.find("#rule-override-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#rule-override-dialog").isEmpty());
        browser.waitForVaadin();
        browser.waitUntil(UI, d -> browser.pageText().contains("Đã điều chỉnh (gốc: 7 ngày làm việc)"));
        assertTrue(browser.pageText().contains("\n12\n"), browser.pageText());
        assertTrue(karaf.log().contains("Rule complaint.accept override changed by admin"), "the change is logged");
        String audit = karaf.shell("danvan:audit-list --action rules.override.changed");
        assertTrue(audit.contains("complaint.accept") && audit.contains("rules.override.changed"), audit);

        overriddenDue = dueOnCasePage();
        assertTrue(overriddenDue.isAfter(shippedDue) && weekdaysBetween(shippedDue, overriddenDue) >= 5,
                "12 instead of 7 working days: " + shippedDue + " → " + overriddenDue);
    }

    @Test
    @Order(3)
    void aDayOffIsPreviewedWithItsEffectThenSavedAndTheDueDateMoves() {
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        LocalDate dayOff = today.plusDays(1);
        while (dayOff.getDayOfWeek() == DayOfWeek.SATURDAY || dayOff.getDayOfWeek() == DayOfWeek.SUNDAY) {
            dayOff = dayOff.plusDays(1);
        }
        assertTrue(dayOff.isBefore(overriddenDue), dayOff + " lies before the due date " + overriddenDue);

        signInAt("quan-tri/lich-lam-viec", "admin", "admin");
        browser.find("#calendar-grid");
        browser.find("#calendar-add").click();
        browser.find("#calendar-dialog");
        setDate("#calendar-date", dayOff);
        pick("calendar-kind", "Ngày nghỉ (hoán đổi)");
        // without a name the preview is refused at the field, and saving stays impossible
        browser.find("#calendar-preview").click();
        browser.waitForVaadin();
        assertEquals("true", String.valueOf(browser.script("return document.getElementById('calendar-name').invalid;")));
        assertEquals("true", String.valueOf(browser.script("return document.getElementById('calendar-save').disabled;")));

        browser.typeInto("#calendar-name input", "Nghỉ hoán đổi để làm bù vào thứ Bảy");
        browser.typeInto("#calendar-document input", "Thông báo số 99/TB-UBND ngày 01/12/2026");
        browser.waitForVaadin();
        browser.find("#calendar-preview").click();
        browser.waitUntil(UI, d -> !browser.find("#calendar-effect").getText().isBlank());
        String effect = browser.find("#calendar-effect").getText();
        Matcher moved = MOVED.matcher(effect);
        assertTrue(moved.find(), effect);
        assertTrue(Integer.parseInt(moved.group(1)) >= 1, "at least the complaint moves: " + effect);
        assertTrue(effect.contains(DAY.format(dayOff)), "from the day off: " + effect);
        browser.screenshot("calendar-preview");
        browser.find("#calendar-save").click();
        browser.waitUntil(UI, d -> browser.findAll("#calendar-dialog").isEmpty());
        browser.waitForVaadin();
        assertTrue(browser.pageText().contains("Thông báo số 99/TB-UBND"), browser.pageText());

        LocalDate moved1 = dueOnCasePage();
        LocalDate expected = overriddenDue.plusDays(1);
        while (expected.getDayOfWeek() == DayOfWeek.SATURDAY || expected.getDayOfWeek() == DayOfWeek.SUNDAY) {
            expected = expected.plusDays(1);
        }
        assertTrue(!moved1.isBefore(expected), "one working day later: " + overriddenDue + " → " + moved1);
        overriddenDue = moved1;
    }

    @Test
    @Order(4)
    void theOverrideSurvivesARestart() {
        karaf.restart();
        karaf.awaitFeaturesDeployed(Duration.ofMinutes(2));
        signInAt("quan-tri/quy-dinh", "admin", "admin");
        browser.find("#rules-grid");
        browser.typeInto("#rules-filter input", "complaint.accept");
        browser.waitUntil(UI, d -> browser.pageText().contains("Đã điều chỉnh (gốc: 7 ngày làm việc)"));
        assertEquals(overriddenDue, dueOnCasePage());
    }

    private LocalDate dueOnCasePage() {
        signInAt(caseRoute, CHAIR, PASSWORD);
        browser.waitUntil(UI, d -> caseNumber.equals(String.valueOf(browser.script(
                "const e = document.getElementById('case-number'); return e ? e.textContent.trim() : null;"))));
        browser.waitForVaadin();
        String due = value("case-next-due");
        Matcher day = PAGE_DATE.matcher(due);
        assertTrue(day.find(), "a due date: " + due);
        return LocalDate.parse(day.group(1), DAY);
    }

    private void selectRow(String text) {
        browser.waitUntil(UI, d -> Boolean.TRUE.equals(browser.script(
                "const c = Array.from(document.querySelectorAll('#rules-grid vaadin-grid-cell-content'))"
                        + ".find(e => { const r = e.assignedSlot && e.assignedSlot.closest('tr');"
                        + " return (!r || !r.hidden) && e.innerText.includes(arguments[0]); });"
                        + " if (!c) { return false; }"
                        + " c.click(); return true;", text)));
        browser.waitForVaadin();
        browser.waitUntil(UI, d -> Boolean.FALSE.equals(browser.script(
                "return document.getElementById('rules-override').disabled;")));
    }

    private void signInAt(String route, String login, String password) {
        browser.open("about:blank");
        browser.open(karaf.baseUrl() + "logout");
        browser.find("vaadin-login-form");
        browser.open(karaf.baseUrl() + route);
        browser.signIn(login, password);
    }

    /** Mondays to Fridays in (from, to]. */
    private static int weekdaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
