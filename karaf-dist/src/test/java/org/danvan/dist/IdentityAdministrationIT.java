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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Identity administration end to end in the real distribution: an administrator creates a user in the browser and
 * gives them a role at a commune; the new user must first replace the initial password, then sees only what the role
 * allows; five wrong passwords lock the login with the minutes left; the console commands and the audit chain see
 * all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityAdministrationIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(20);
    private static final String LOGIN = "canbo.it" + System.nanoTime() % 10000;
    private static final String FULL_NAME = "Đặng Thị Hồng Nhung";
    private static final String INITIAL_PASSWORD = "Khoi-tao-2026";
    private static final String OWN_PASSWORD = "Mat-khau-rieng-9";
    /** Xã Tiên Du in the demo province. */
    private static final String COMMUNE = "24003";
    private static final String USERS_MENU = "[id='menu-quan-tri/nguoi-dung']";

    @Test
    @Order(1)
    void administratorCreatesAUserAndAssignsARoleAtACommune() {
        browser.open(karaf.baseUrl() + "quan-tri/nguoi-dung");
        browser.signIn("admin", "admin");
        browser.find("#users-grid");
        browser.find("#user-create").click();
        browser.find("#user-dialog");
        browser.typeInto("#user-login input", LOGIN);
        browser.typeInto("#user-fullname input", FULL_NAME);
        // the form proposes the administrator's own unit (the province); this user belongs to the commune
        for (WebElement proposed : browser.findAll("[id^='user-units-remove-']")) {
            proposed.click();
            browser.waitForVaadin();
        }
        browser.typeInto("#user-units-add-code input", COMMUNE);
        browser.waitForVaadin();
        browser.find("#user-units-add-button").click();
        browser.waitForVaadin();
        browser.typeInto("#user-password input", INITIAL_PASSWORD);
        browser.find("#user-save").click();
        browser.waitForVaadin();

        // the dialog stays open on the stored user, with its role assignments
        browser.find("#role-assignments-none");
        WebElement role = browser.find("#role-assign-role input");
        role.sendKeys("Cán bộ tiếp công dân");
        browser.waitForVaadin();
        role.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        browser.typeInto("#role-assign-unit-code input", COMMUNE);
        browser.waitForVaadin();
        browser.find("#role-assign-save").click();
        browser.waitUntil(UI, d -> browser.findAll("[id^='role-assignment-']").stream()
                .anyMatch(e -> e.getText().contains("Cán bộ tiếp công dân")));
        browser.screenshot("identity-user-dialog");
        browser.find("#user-cancel").click();
        browser.waitForVaadin();

        String listed = karaf.shell("danvan:user-list " + LOGIN);
        assertTrue(listed.contains(LOGIN) && listed.contains(FULL_NAME), listed);
        logout();
    }

    @Test
    @Order(2)
    void theNewUserMustFirstReplaceTheInitialPassword() {
        browser.open(karaf.baseUrl());
        browser.signIn(LOGIN, INITIAL_PASSWORD);
        browser.find("#profile-must-change");
        assertTrue(browser.currentUrl().endsWith("/ho-so"), browser.currentUrl());

        // every other screen leads back here until the password is changed
        browser.open(karaf.baseUrl());
        browser.find("#profile-must-change");
        assertTrue(browser.currentUrl().endsWith("/ho-so"), browser.currentUrl());

        browser.typeInto("#profile-current-password input", INITIAL_PASSWORD);
        browser.typeInto("#profile-new-password input", OWN_PASSWORD);
        browser.typeInto("#profile-repeat-password input", OWN_PASSWORD);
        browser.find("#profile-change-password").click();
        browser.find("#home-greeting");
    }

    @Test
    @Order(3)
    void theNewUserSeesOnlyWhatTheRoleAllows() {
        assertEquals(FULL_NAME, browser.find("#current-user").getText());
        assertTrue(browser.find("#current-unit").getText().contains("Tiên Du"), browser.find("#current-unit").getText());
        assertTrue(browser.findAll("[id='menu-ho-so']").size() == 1, "everybody has a profile");
        for (String adminOnly : List.of(USERS_MENU, "[id='menu-quan-tri/vai-tro']", "[id='menu-quan-tri/don-vi']",
                "[id='menu-quan-tri/nhat-ky']")) {
            assertTrue(browser.findAll(adminOnly).isEmpty(), adminOnly + " must not be offered to a reception officer");
        }
        browser.open(karaf.baseUrl() + "quan-tri/nguoi-dung");
        browser.find("#access-denied");
        browser.screenshot("identity-reception-officer-denied");
        logout();
    }

    @Test
    @Order(4)
    void fiveWrongPasswordsLockTheLoginWithTheMinutesLeft() {
        browser.open(karaf.baseUrl());
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(LOGIN, "sai-mat-khau-" + attempt);
            browser.waitUntil(UI, d -> Boolean.TRUE.equals(
                    browser.script("return document.querySelector('vaadin-login-form').error;")));
        }
        String message = String.valueOf(browser.script(
                "return document.querySelector('vaadin-login-form').i18n.errorMessage.message;"));
        assertTrue(message.contains("15 phút"), message);

        // even the right password is refused while the lockout lasts
        browser.signIn(LOGIN, OWN_PASSWORD);
        browser.waitUntil(UI, d -> Boolean.TRUE.equals(
                browser.script("return document.querySelector('vaadin-login-form').error;")));
        assertTrue(browser.currentUrl().endsWith("/login"), browser.currentUrl());
    }

    @Test
    @Order(5)
    void theAuditTrailRecordedEverythingAndItsChainIsIntact() {
        String trail = karaf.shell("danvan:audit-list --user " + LOGIN + " --limit 50");
        assertTrue(trail.contains("identity.login.lockout"), trail);
        assertTrue(trail.contains("identity.login.failed"), trail);
        String admin = karaf.shell("danvan:audit-list --user admin --limit 50");
        assertTrue(admin.contains("identity.user.created"), admin);
        String verified = karaf.shell("danvan:audit-verify");
        assertTrue(verified.contains("OK: ") && verified.contains("chain intact"), verified);
        assertFalse(verified.contains("BROKEN"), verified);
    }

    @Test
    @Order(6)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }

    private void logout() {
        browser.find("#logout").click();
        browser.find("vaadin-login-form");
    }
}
