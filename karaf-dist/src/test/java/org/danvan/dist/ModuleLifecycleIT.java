package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

/**
 * The platform contract end to end, as an administrator lives it: sign in through Chromium, see the menu, install
 * the notice board from the Karaf shell and watch its menu entry arrive in the open page without a reload, post a
 * notice, uninstall the module and watch the entry vanish (and the page leave the module's view), restart the
 * distribution, reinstall, and find the notice again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModuleLifecycleIT extends BrowserDistributionTest {

    private static final Duration MENU_UPDATE = Duration.ofSeconds(30);
    private static final String NOTICE_TITLE = "Lịch tiếp công dân tháng 12 — ĐT-" + System.nanoTime() % 100000;

    @Test
    @Order(1)
    void anonymousVisitorsAreSentToTheLoginPageInVietnamese() {
        browser.open(karaf.baseUrl() + "bang-tin");
        browser.waitForVaadin();
        WebElement form = browser.find("vaadin-login-form");
        assertTrue(browser.currentUrl().endsWith("/login"), browser.currentUrl());
        assertTrue(form.getText().contains("Tên đăng nhập") || browser.pageText().contains("Đăng nhập"), browser.pageText());
    }

    @Test
    @Order(2)
    void wrongPasswordIsRefusedWithATranslatedMessage() {
        browser.signIn("admin", "not-the-password");
        browser.waitUntil(Duration.ofSeconds(15),
                d -> Boolean.TRUE.equals(browser.script("return document.querySelector('vaadin-login-form').error;")));
        assertTrue(browser.currentUrl().endsWith("/login"));
        assertTrue(String.valueOf(browser.script(
                "return document.querySelector('vaadin-login-form').i18n.errorMessage.message;"))
                .contains("không đúng"));
    }

    @Test
    @Order(3)
    void administratorSignsInAndSeesTheShellWithoutTheNoticeBoard() {
        browser.signIn("admin", "admin");
        // back to the address asked for before signing in, which no installed module serves yet
        browser.find("#not-found");
        assertTrue(browser.currentUrl().endsWith("/bang-tin"), browser.currentUrl());
        browser.find("vaadin-side-nav-item#menu-home").click();
        browser.find("#home-greeting");
        assertEquals("Quản trị hệ thống", browser.find("#current-user").getText());
        assertTrue(browser.find("#side-menu").isDisplayed());
        assertFalse(menuHasNoticeBoard(), "the notice board is not installed yet");
        long rssKib = karaf.residentMemoryKib();
        System.out.printf("DanVan: cold start %d ms; resident memory after login %d MiB%n",
                karaf.lastStartDuration().toMillis(), rssKib / 1024);
        browser.screenshot("home-desktop");
        browser.usePhoneSize();
        browser.waitForVaadin();
        browser.screenshot("home-phone");
        browser.useDesktopSize();
    }

    @Test
    @Order(4)
    void installingTheModuleFromTheShellAddsItsMenuEntryToTheOpenPage() {
        String urlBefore = browser.currentUrl();
        browser.script("window.__danvanNoReload = true;");
        karaf.shell("feature:install danvan-noticeboard");
        browser.waitUntil(MENU_UPDATE, d -> menuHasNoticeBoard());
        assertEquals(Boolean.TRUE, browser.script("return window.__danvanNoReload === true;"),
                "the page must not have been reloaded");
        assertEquals(urlBefore, browser.currentUrl());
        assertEquals("Bảng tin", browser.find("vaadin-side-nav-item#menu-bang-tin").getText().trim(),
                "the entry is labelled in the user's language");
    }

    @Test
    @Order(5)
    void aNoticeIsPosted() {
        browser.find("vaadin-side-nav-item#menu-bang-tin").click();
        browser.find("#notice-new").click();
        browser.typeInto("#notice-title input", NOTICE_TITLE);
        browser.typeInto("#notice-body textarea", "Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần tại trụ sở.");
        browser.find("#notice-save").click();
        browser.waitUntil(Duration.ofSeconds(15), d -> gridText().contains(NOTICE_TITLE));
        browser.screenshot("noticeboard-desktop");
    }

    @Test
    @Order(6)
    void uninstallingTheModuleRemovesItsEntryAndMovesTheUserHome() {
        browser.script("window.__danvanNoReload = true;");
        karaf.shell("feature:uninstall danvan-noticeboard");
        browser.waitUntil(MENU_UPDATE, d -> !menuHasNoticeBoard());
        browser.waitUntil(MENU_UPDATE, d -> browser.findAll("#home-greeting").size() == 1);
        assertEquals(Boolean.TRUE, browser.script("return window.__danvanNoReload === true;"));
        assertTrue(browser.pageText().contains("vừa được gỡ bỏ"), "a notice tells why: " + browser.pageText());
        // the route is gone too: a signed-in user typing the address gets the not-found page
        browser.open(karaf.baseUrl() + "bang-tin");
        browser.find("#not-found");
    }

    @Test
    @Order(7)
    void afterARestartAndReinstallTheNoticeIsStillThere() {
        karaf.restart();
        karaf.shell("feature:install danvan-noticeboard");
        browser.open(karaf.baseUrl());
        browser.signIn("admin", "admin");
        browser.waitUntil(MENU_UPDATE, d -> menuHasNoticeBoard());
        browser.find("vaadin-side-nav-item#menu-bang-tin").click();
        browser.waitUntil(Duration.ofSeconds(15), d -> gridText().contains(NOTICE_TITLE));
        browser.usePhoneSize();
        browser.waitForVaadin();
        browser.screenshot("noticeboard-phone");
        browser.useDesktopSize();
    }

    @Test
    @Order(8)
    void theLanguageSwitchTurnsTheShellIntoEnglishAndFrenchAndIsRemembered() {
        browser.open(karaf.baseUrl());
        browser.find("#home-greeting");
        chooseLanguage("English");
        browser.waitUntil(Duration.ofSeconds(20), d -> greeting().startsWith("Hello"));
        chooseLanguage("Français");
        browser.waitUntil(Duration.ofSeconds(20), d -> greeting().startsWith("Bonjour"));
        browser.screenshot("home-french");

        // signed out, the login page keeps the chosen language (cookie)
        browser.find("#logout").click();
        browser.waitUntil(Duration.ofSeconds(20), d -> browser.currentUrl().endsWith("/login"));
        browser.waitForVaadin();
        browser.waitUntil(Duration.ofSeconds(20), d -> browser.pageText().contains("Identifiant"));
        chooseLanguage("Tiếng Việt");
        browser.waitUntil(Duration.ofSeconds(20), d -> browser.pageText().contains("Tên đăng nhập"));
    }

    /** The greeting's text read in the page itself, so a reload in between cannot leave a stale element. */
    private String greeting() {
        return String.valueOf(browser.script(
                "var g = document.getElementById('home-greeting'); return g ? g.textContent : '';"));
    }

    private void chooseLanguage(String label) {
        browser.waitForVaadin();
        browser.find("#language-select").click();
        browser.waitUntil(Duration.ofSeconds(10), d -> Boolean.TRUE.equals(browser.script(
                "var item = Array.from(document.querySelectorAll('vaadin-select-item'))"
                        + ".find(i => i.textContent.trim() === arguments[0]);"
                        + "if (item) { item.click(); return true; } return false;", label)));
    }

    @Test
    @Order(9)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }

    private boolean menuHasNoticeBoard() {
        return !browser.findAll("vaadin-side-nav-item#menu-bang-tin").isEmpty();
    }

    private String gridText() {
        return String.valueOf(browser.script(
                "return Array.from(document.querySelectorAll('#notice-list vaadin-grid-cell-content'))"
                        + ".map(c => c.innerText).join('\\n');"));
    }
}
