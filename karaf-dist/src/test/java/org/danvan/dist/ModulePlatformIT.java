package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The module platform as an administrator of a province server lives it: the wanted-modules file installs the notice
 * board for one commune at start; the Modules screen lists every module, refuses to remove one another needs,
 * uninstalls and installs with progress while every open page follows; users of the enabled commune see the module,
 * users of another commune neither see it nor reach its address until the administrator enables their commune with
 * the unit picker; a module that cannot be resolved gets a translated message and the server keeps working.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModulePlatformIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String MODULES = "quan-tri/mo-dun";
    private static final String NOTICEBOARD_MENU = "vaadin-side-nav-item#menu-bang-tin";
    private static final String OTHER_LOGIN = "canbo.yenphong";
    private static final String OTHER_PASSWORD = "Yen-Phong-2026";
    private static final String OTHER_OWN_PASSWORD = "Mat-khau-Yen-Phong-7";

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", "noticeboard");
        // Xã Tiên Du of the demo province
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "noticeboard.units", "24003");
    }

    @Test
    @Order(1)
    void theWantedModulesFileInstallsAndEnablesAtStartOneLogLinePerAction() {
        karaf.awaitLog("Module noticeboard: enabling for 24003", UI);
        String log = karaf.log();
        assertTrue(log.contains("Module noticeboard: installing (wanted in etc/org.danvan.platform.modules.cfg)"), log);
        String list = karaf.shell("danvan:module-list");
        assertTrue(list.lines().anyMatch(l -> l.startsWith("noticeboard") && l.contains("installed")
                && l.contains("24003")), list);
    }

    @Test
    @Order(2)
    void theModulesScreenListsEveryModuleWithItsStateAndNeeds() {
        browser.open(karaf.baseUrl() + MODULES);
        browser.signIn("admin", "admin");
        browser.find("#modules-grid");
        browser.waitUntil(UI, d -> gridText().contains("Bảng tin"));
        String grid = gridText();
        for (String expected : List.of("Giải quyết đơn thư", "Tiếp công dân", "Tổng quan hồ sơ", "Báo cáo định kỳ",
                "Tra cứu hồ sơ cho công dân", "cần: case-screens", "Chỉ bật cho: Xã Tiên Du")) {
            assertTrue(grid.contains(expected), expected + " in\n" + grid);
        }
        assertEquals("Đã cài đặt", browser.find("#module-state-noticeboard").getText().trim());
        assertTrue(menuHasNoticeBoard(), "the province administrator oversees the commune that has the module");
        browser.screenshot("modules-desktop");
    }

    @Test
    @Order(3)
    void removingAModuleAnotherInstalledModuleNeedsIsRefusedWithTheReason() {
        browser.click("#module-uninstall-case-screens");
        confirm();
        browser.waitUntil(UI, d -> notificationText().contains("cần đến nó"));
        String message = notificationText();
        assertTrue(message.contains("dashboard") && message.contains("reception"), message);
        assertEquals("Đã cài đặt", browser.find("#module-state-case-screens").getText().trim());
    }

    @Test
    @Order(4)
    void uninstallingFromTheScreenTakesTheMenuEntryOutOfTheOpenPage() {
        browser.script("window.__danvanNoReload = true;");
        browser.click("#module-uninstall-noticeboard");
        confirm();
        browser.waitUntil(UI, d -> !menuHasNoticeBoard());
        browser.waitUntil(UI, d -> "Chưa cài đặt".equals(stateOf("noticeboard")));
        assertEquals(Boolean.TRUE, browser.script("return window.__danvanNoReload === true;"));
    }

    @Test
    @Order(5)
    void installingFromTheScreenShowsProgressAndTheMenuEntryArrivesWithoutReload() {
        browser.script("window.__danvanNoReload = true;");
        long clicked = System.nanoTime();
        browser.click("#module-install-noticeboard");
        browser.waitUntil(UI, d -> menuHasNoticeBoard());
        long millis = (System.nanoTime() - clicked) / 1_000_000;
        System.out.printf("DanVan: install from the Modules screen to the menu entry in the open tab: %d ms%n", millis);
        browser.waitUntil(UI, d -> "Đã cài đặt".equals(stateOf("noticeboard")));
        assertEquals(Boolean.TRUE, browser.script("return window.__danvanNoReload === true;"));
        assertTrue(browser.find("#module-enabled-noticeboard").getText().contains("Xã Tiên Du"),
                "the enablement outlives the uninstallation");
        logout();
    }

    @Test
    @Order(6)
    void aUserOfTheEnabledCommuneSeesTheModule() {
        browser.open(karaf.baseUrl());
        browser.signIn("xuly", "danvan");
        browser.find("#home-greeting");
        browser.waitUntil(UI, d -> menuHasNoticeBoard());
        browser.find(NOTICEBOARD_MENU).click();
        browser.find("#notice-list");
        logout();
    }

    @Test
    @Order(7)
    void aUserOfAnotherCommuneNeitherSeesTheModuleNorReachesItsAddress() {
        String created = karaf.shell("danvan:user-add --role case-handler --password " + OTHER_PASSWORD + " "
                + OTHER_LOGIN + " \"Đỗ Văn Hùng\" 24004");
        assertTrue(created.contains("created"), created);
        browser.open(karaf.baseUrl());
        browser.signIn(OTHER_LOGIN, OTHER_PASSWORD);
        browser.find("#profile-must-change");
        browser.typeInto("#profile-current-password input", OTHER_PASSWORD);
        browser.typeInto("#profile-new-password input", OTHER_OWN_PASSWORD);
        browser.typeInto("#profile-repeat-password input", OTHER_OWN_PASSWORD);
        browser.find("#profile-change-password").click();
        browser.find("#home-greeting");
        assertTrue(browser.find("#current-unit").getText().contains("Yên Phong"));
        assertFalse(menuHasNoticeBoard(), "Xã Yên Phong does not have the notice board");
        assertFalse(browser.findAll("vaadin-side-nav-item#menu-ho-so-vu-viec").isEmpty(),
                "the user's other screens are there");
        browser.open(karaf.baseUrl() + "bang-tin");
        browser.find("#access-denied");
        browser.screenshot("modules-denied-other-commune");
        logout();
    }

    @Test
    @Order(8)
    void theAdministratorEnablesTheOtherCommuneByNameAndItsUsersGetTheModule() {
        browser.open(karaf.baseUrl() + MODULES);
        browser.signIn("admin", "admin");
        browser.click("#module-units-noticeboard");
        browser.find("#module-units-dialog");
        WebElement search = browser.find("#module-units-picker-code input");
        search.sendKeys("yen phong");
        browser.waitUntil(UI, d -> !browser.findAll("vaadin-combo-box-item").isEmpty()
                && browser.findAll("vaadin-combo-box-item").get(0).getText().contains("Xã Yên Phong"));
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForVaadin();
        browser.find("#module-units-add").click();
        browser.waitUntil(UI, d -> browser.find("#module-units-list").getText().contains("Xã Yên Phong"));
        browser.screenshot("modules-units-dialog");
        browser.find("#module-units-save").click();
        browser.waitUntil(UI, d -> browser.find("#module-enabled-noticeboard").getText().contains("Xã Yên Phong"));
        logout();

        browser.open(karaf.baseUrl());
        browser.signIn(OTHER_LOGIN, OTHER_OWN_PASSWORD);
        browser.find("#home-greeting");
        browser.waitUntil(UI, d -> menuHasNoticeBoard());
        browser.open(karaf.baseUrl() + "bang-tin");
        browser.find("#notice-list");
        logout();
        String audit = karaf.shell("danvan:audit-list --action module --limit 20");
        assertTrue(audit.contains("module.enablement") && audit.contains("module.install")
                && audit.contains("module.uninstall"), audit);
    }

    @Test
    @Order(9)
    void aModuleThatCannotBeResolvedGetsAMessageAndTheServerKeepsWorking() throws IOException {
        Path repository = karaf.home().resolve("broken-module-features.xml");
        Files.writeString(repository, """
                <?xml version="1.0" encoding="UTF-8"?>
                <features name="broken-vendor" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="broken-module" version="1.0.0" description="Mô-đun hỏng của nhà cung cấp thử">
                    <capability>danvan.module;id=broken;vendor=Test vendor</capability>
                    <bundle>mvn:org.danvan.test/does-not-exist/1.0.0</bundle>
                  </feature>
                </features>
                """, StandardCharsets.UTF_8);
        karaf.shell("feature:repo-add " + repository.toUri());
        browser.open(karaf.baseUrl() + MODULES);
        browser.signIn("admin", "admin");
        browser.waitUntil(UI, d -> gridText().contains("Mô-đun hỏng"));
        browser.click("#module-install-broken");
        browser.waitUntil(UI, d -> notificationText().contains("Không thể cài mô-đun"));
        assertEquals("Chưa cài đặt", stateOf("broken"));
        assertTrue(karaf.log().contains("Module broken: Karaf could not install feature broken-module/1.0.0"),
                "Karaf's own message is kept in the log");
        // the server keeps serving every screen
        browser.find("vaadin-side-nav-item#menu-home").click();
        browser.find("#home-greeting");
        assertEquals(200, karaf.get("/tra-cuu").statusCode());
        karaf.shell("feature:repo-remove " + repository.toUri());
    }

    @Test
    @Order(10)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }

    private void confirm() {
        browser.waitForVaadin();
        browser.find("vaadin-confirm-dialog-overlay [slot='confirm-button']").click();
        browser.waitForVaadin();
    }

    private boolean menuHasNoticeBoard() {
        return !browser.findAll(NOTICEBOARD_MENU).isEmpty();
    }

    private String stateOf(String module) {
        List<WebElement> found = browser.findAll("#module-state-" + module);
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    private String gridText() {
        return String.valueOf(browser.script(
                "return Array.from(document.querySelectorAll('#modules-grid vaadin-grid-cell-content'))"
                        + ".map(c => c.innerText).join('\\n');"));
    }

    private String notificationText() {
        return String.valueOf(browser.script(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(c => c.innerText).join('\\n');"));
    }

    private void logout() {
        browser.find("#logout").click();
        browser.waitUntil(UI, d -> browser.currentUrl().endsWith("/login"));
    }
}
