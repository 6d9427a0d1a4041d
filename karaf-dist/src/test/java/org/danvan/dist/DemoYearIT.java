package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The living demo in the real distribution (with the demo year switched on, as a fresh download has it): at the
 * first start a year of activity is made through the real services within seconds and without a refused call;
 * the commune chair signs in and sees the demo's overdue cases on the home page and opens one; every demo role's
 * home page is photographed at desktop (1366) and phone (390) width; a second start adds nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoYearIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String OVERDUE_CARD = "#home-card-cases-unit-overdue";
    private static final Pattern CREATED = Pattern.compile("Demo year created in (\\d+) ms \\(seed 15\\): (\\d+) "
            + "cases, (\\d+) refused");
    private static final String[][] ROLES = {{"chutich.tiendu", "danvan"}, {"tiepdan", "danvan"},
        {"xuly", "danvan"}, {"thanhtra", "danvan"}, {"doanthe", "danvan"}, {"quansat", "danvan"},
        {"admin", "admin"}};

    private int overdueBefore;

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.demo.cfg", "livingYear", "true");
    }

    @Test
    @Order(1)
    void theYearIsMadeAtTheFirstStartInSecondsWithoutARefusal() {
        karaf.awaitLog("Demo year also: ", Duration.ofMinutes(6));
        String line = logLine("Demo year created in");
        Matcher matcher = CREATED.matcher(line);
        assertTrue(matcher.find(), line);
        int cases = Integer.parseInt(matcher.group(2));
        assertTrue(cases >= 300, "a few hundred cases: " + line);
        String states = logLine("Demo year states: ");
        for (String state : List.of("RECEIVED", "CLASSIFIED", "ACCEPTED", "SUSPENDED", "RETURNED", "TRANSFERRED",
                "RESOLVED", "CLOSED")) {
            assertTrue(states.contains(state + "="), state + " in " + states);
        }
        String kinds = logLine("Demo year kinds: ");
        for (String kind : List.of("COMPLAINT_FIRST", "COMPLAINT_SECOND", "DENUNCIATION", "RECOMMENDATION",
                "REFLECTION", "INFO_REQUEST_IN_PERSON", "VOTER_RECOMMENDATION", "OFFICIAL_CONDUCT_REPORT")) {
            assertTrue(kinds.contains(kind + "="), kind + " in " + kinds);
        }
        logLine("Demo year also: ");
        assertEquals("0", matcher.group(3), "every call of the demo was accepted by the services:\n"
                + String.join("\n", karaf.logProblems()));
        assertTrue(Long.parseLong(matcher.group(1)) < 240_000, "within minutes even on a loaded machine: " + line);
        assertEquals(List.of(), karaf.logErrors());
    }

    @Test
    @Order(2)
    void theChairSeesTheOverdueCasesOnTheHomePageAndOpensOne() {
        signIn("chutich.tiendu", "danvan");
        WebElement card = browser.find(OVERDUE_CARD);
        assertEquals("DANGER", card.getAttribute("data-severity"));
        overdueBefore = Integer.parseInt(card.getAttribute("data-count"));
        assertTrue(overdueBefore >= 5, "the demo's overdue cases: " + overdueBefore);
        List<WebElement> items = browser.findAll(OVERDUE_CARD + " a[id*='-item-']");
        assertTrue(items.size() >= 3, card.getText());
        String number = items.get(0).getText().split(" ")[0];
        items.get(0).click();
        browser.waitUntil(UI, d -> browser.currentUrl().contains("ho-so-vu-viec/chi-tiet?id="));
        browser.waitUntil(UI, d -> number.equals(browser.find("#case-number").getText().trim()));
        browser.screenshot("demo-chair-overdue-case");
        logout();
    }

    @Test
    @Order(3)
    void everyRoleHomePageAtDesktopAndPhoneWidth() {
        for (String[] role : ROLES) {
            browser.setViewportSize(new Dimension(1366, 900));
            signIn(role[0], role[1]);
            List<String> cards = new ArrayList<>();
            for (WebElement card : browser.findAll("#home-cards > div")) {
                cards.add(card.getAttribute("id").replace("home-card-", "") + "=" + card.getAttribute("data-count"));
            }
            System.out.println("DanVan: home of " + role[0] + ": " + cards);
            browser.screenshot("demo-home-" + role[0] + "-1366");
            browser.usePhoneSize();
            browser.waitForVaadin();
            Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
            browser.screenshot("demo-home-" + role[0] + "-390");
            assertEquals(Boolean.FALSE, overflow, "nothing reaches past a phone's screen for " + role[0]);
            browser.useDesktopSize();
            browser.waitForVaadin();
            logout();
        }
    }

    @Test
    @Order(4)
    void aSecondStartAddsNothing() {
        karaf.restart();
        karaf.awaitFeaturesDeployed(Duration.ofMinutes(2));
        karaf.awaitLog("Demo year already created at an earlier start; nothing added", Duration.ofMinutes(2));
        signIn("chutich.tiendu", "danvan");
        assertEquals(overdueBefore, Integer.parseInt(browser.find(OVERDUE_CARD).getAttribute("data-count")));
        logout();
        assertEquals(1, karaf.log().lines().filter(l -> l.contains("Demo year created in")).count());
    }

    /** The message of the first log line containing the text (printed for the report). */
    private String logLine(String text) {
        String line = karaf.log().lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
        String message = line.substring(line.indexOf(text));
        System.out.println("DanVan: " + message);
        return message;
    }

    private void signIn(String login, String password) {
        browser.open(karaf.baseUrl());
        browser.signIn(login, password);
        browser.find("#home-greeting");
        browser.waitForVaadin();
    }

    private void logout() {
        browser.find("#logout").click();
        browser.waitUntil(UI, d -> browser.currentUrl().endsWith("/login"));
    }
}
