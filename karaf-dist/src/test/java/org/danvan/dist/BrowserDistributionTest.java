package org.danvan.dist;

import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

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
}
