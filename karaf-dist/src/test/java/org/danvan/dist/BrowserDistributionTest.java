package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;

import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A distribution test with a browser: one fresh Karaf copy and one headless Chromium for the class, both closed at
 * the end; a failing test prints the address, a screenshot, the page text and the log tail, so a red run explains
 * itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserDistributionTest {

    protected KarafDistribution karaf;
    protected Browser browser;

    @RegisterExtension
    final TestWatcher evidence = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                String name = "FAILED-" + context.getRequiredTestMethod().getName();
                System.out.println(name + " at " + browser.currentUrl() + ", screenshot " + browser.screenshot(name)
                        + "\n--- page text ---\n" + browser.pageText() + "\n--- log tail ---\n" + karaf.logTail(30));
            }
        }
    };

    @BeforeAll
    void startDistributionAndBrowser() {
        karaf = KarafDistribution.fromBuild();
        configure(karaf);
        karaf.start();
        karaf.awaitFeaturesDeployed(Duration.ofMinutes(2));
        browser = Browser.start();
    }

    /** Changes the copy's configuration before its first start (etc/ files); nothing by default. */
    protected void configure(KarafDistribution copy) {
    }

    @AfterAll
    void stopBrowserAndDistribution() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (karaf != null) {
                karaf.close();
            }
        }
    }

    /** Sets a date picker's value as its overlay would, and lets the value reach the server. */
    protected void setDate(String picker, LocalDate day) {
        browser.script("var p = document.querySelector(arguments[0]); p.value = arguments[1];"
                + " p.dispatchEvent(new CustomEvent('change', { bubbles: true }));", picker, day.toString());
        browser.waitForVaadin();
    }

    /** The text of a grid's cells, one a line. */
    protected String gridText(String grid) {
        return String.valueOf(browser.script("return Array.from(document.querySelectorAll(arguments[0]"
                + " + ' vaadin-grid-cell-content')).map(c => c.innerText).join('\\n');", grid));
    }

    /** Fetches a download link's file in the signed-in session, once the link has its address. */
    protected byte[] downloadLink(String anchor) {
        browser.waitUntil(Duration.ofSeconds(30), d -> (Boolean) browser.script(
                "var a = document.querySelector(arguments[0]);"
                        + " return a != null && !a.hidden && !!a.getAttribute('href');", anchor));
        return fetchInSession((String) browser.script("return document.querySelector(arguments[0]).href", anchor));
    }

    /** Fetches an address in the signed-in session (the browser's cookies), as the bytes it answers. */
    protected byte[] fetchInSession(String href) {
        String base64 = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.blob()).then(b => { var f = new FileReader();"
                        + " f.onload = () => done(f.result.substring(f.result.indexOf(',') + 1)); f.readAsDataURL(b); })"
                        + ".catch(e => done('ERROR ' + e));", href);
        assertTrue(!base64.startsWith("ERROR"), base64);
        return Base64.getDecoder().decode(base64);
    }

    /** Picks a combo box item by typing its label and pressing Enter, and checks the field shows it. */
    protected void pick(String id, String label) {
        WebElement input = browser.find("#" + id + " input");
        input.click();
        // a field may already hold a default: select it so that the typing replaces it
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(label);
        try {
            browser.waitUntil(Duration.ofSeconds(30), d -> Boolean.FALSE.equals(browser.script(
                    "const c = document.getElementById(arguments[0]); return c.loading || !c.filteredItems"
                            + " || !c.filteredItems.some(i => i && i.label === arguments[1]);", id, label)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no item '" + label + "' offered by " + id + ": " + browser.script(
                    "const c = document.getElementById(arguments[0]); return JSON.stringify({filter: c.filter,"
                            + " opened: c.opened, items: c.filteredItems && c.filteredItems.slice(0, 20)});", id), e);
        }
        browser.waitForVaadin();
        input.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
        assertEquals(label, value(id), id);
    }

    /** The value a field (text field, combo box, date picker) shows, read by a script: it survives re-renders. */
    protected String value(String id) {
        Object value = browser.script("const e = document.getElementById(arguments[0]);"
                + " if (!e) { return null; } const i = e.querySelector('input, textarea');"
                + " return i ? i.value : e.value;", id);
        return value == null ? "" : value.toString();
    }
}
