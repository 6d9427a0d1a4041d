package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.danvan.dist.test.VendorBuild;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a vendor does, end to end: generate a module from the archetype in a folder outside this build, build it with
 * Maven against the SDK repository alone (its tests included, on H2 and MariaDB), drop the KAR into the running
 * server's deploy/ folder, watch the module's menu entry arrive in an administrator's open page without a reload
 * (the time from the drop to the entry is printed), record an entry on its screen, uninstall the module, install it
 * again, and find the entry again; then take the KAR out of deploy/ (the module leaves) and install it with
 * {@code kar:install} from the console (timed as well), and find the entry once more.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VendorModuleIT extends BrowserDistributionTest {

    private static final Duration MENU_UPDATE = Duration.ofSeconds(60);
    private static final String MODULE = "visits";
    private static final String MENU_ENTRY = "vaadin-side-nav-item#menu-" + MODULE;
    private static final String ENTRY_TITLE = "Thăm hỏi gia đình chính sách thôn Đông — " + System.nanoTime() % 100000;

    private VendorBuild vendor;
    private Path kar;

    @Test
    @Order(1)
    void aModuleGeneratedOutsideTheBuildIsBuiltAgainstTheSdkRepositoryAlone() throws IOException {
        vendor = VendorBuild.fromBuild();
        Path workspace = Files.createTempDirectory("danvan-vendor-");
        long t0 = System.nanoTime();
        vendor.mvn(workspace, "generate", "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
                "-DinteractiveMode=false", "-DarchetypeGroupId=org.danvan",
                "-DarchetypeArtifactId=danvan-module-archetype", "-DarchetypeVersion=" + vendor.danvanVersion(),
                "-DgroupId=com.example.visits", "-DartifactId=example-visits", "-Dversion=1.0.0",
                "-Dpackage=com.example.visits", "-DmoduleId=" + MODULE, "-DtablePrefix=vs", "-Dvendor=Example Co.",
                "-DmoduleNameVi=Sổ thăm hỏi", "-DmoduleNameEn=Visits", "-DmoduleNameFr=Visites");
        Path project = workspace.resolve("example-visits");
        assertTrue(Files.isRegularFile(project.resolve("pom.xml")), "generated into " + project);

        String build = vendor.mvn(project, "build", "install");
        long seconds = Duration.ofNanos(System.nanoTime() - t0).toSeconds();
        for (String test : List.of("internal.EntryServiceTest", "internal.TranslationsTest", "ui.internal.EntryViewTest",
                "ui.internal.UiTranslationsTest")) {
            assertTrue(build.contains("-- in com.example.visits." + test), "the module's " + test + " ran");
        }
        assertEquals(List.of(), vendor.danvanArtifactsNotFromTheSdk(), "every DanVan artifact from the SDK repository");
        kar = project.resolve("com.example.visits.feature/target/com.example.visits.feature-1.0.0.kar");
        assertTrue(Files.isRegularFile(kar), "the KAR " + kar);
        System.out.printf("DanVan vendor module: generated and built (with its tests) in %d s from %s; %d DanVan "
                + "artifacts resolved, all from the SDK repository%n", seconds, vendor.sdkRepository(),
                vendor.danvanArtifactCount());
    }

    @Test
    @Order(2)
    void theAdministratorSignsInAndTheModuleIsNotThereYet() {
        browser.open(karaf.baseUrl());
        browser.signIn("admin", "admin");
        browser.find("#home-greeting");
        assertFalse(menuHasModule());
    }

    @Test
    @Order(3)
    void theKarDroppedIntoDeployBringsTheMenuEntryIntoTheOpenPage() throws IOException {
        browser.script("window.__danvanNoReload = true;");
        String urlBefore = browser.currentUrl();
        Path deploy = karaf.home().resolve("deploy");
        // copied beside, then renamed: the deployer never sees half a file
        Path partial = Files.copy(kar, deploy.resolve(kar.getFileName() + ".part"), StandardCopyOption.REPLACE_EXISTING);
        long dropped = System.nanoTime();
        Files.move(partial, deploy.resolve(kar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        browser.waitUntil(MENU_UPDATE, d -> menuHasModule());
        long millis = Duration.ofNanos(System.nanoTime() - dropped).toMillis();
        System.out.printf("DanVan vendor module: KAR dropped into deploy/ -> menu entry in the open page in %d ms%n",
                millis);
        assertEquals(Boolean.TRUE, browser.script("return window.__danvanNoReload === true;"), "no reload");
        assertEquals(urlBefore, browser.currentUrl());
        assertEquals("Sổ thăm hỏi", browser.find(MENU_ENTRY).getText().trim(), "labelled in Vietnamese");
        String modules = karaf.shell("danvan:module-list");
        assertTrue(modules.contains(MODULE), modules);
        // the module's rule file (@DanvanRules) joined the shared rule table
        String rules = karaf.shell("danvan:rules");
        String row = rules.lines().map(String::strip).filter(line -> line.startsWith(MODULE + ".entry.report"))
                .findFirst().orElseThrow(() -> new AssertionError("no row of the module in " + rules));
        assertTrue(row.matches("\\S+\\s+5\\s+WORKING_DAYS\\s.*"), row);
        assertTrue(rules.contains("complaint.accept\t"), rules);
    }

    @Test
    @Order(4)
    void anEntryIsRecordedOnTheModulesScreen() {
        browser.find(MENU_ENTRY).click();
        browser.find("#visits-new").click();
        browser.typeInto("#visits-title input", ENTRY_TITLE);
        browser.find("#visits-save").click();
        browser.waitUntil(Duration.ofSeconds(20), d -> gridText().contains(ENTRY_TITLE));
        assertTrue(gridText().contains("Tỉnh Bắc Ninh"), "recorded for the administrator's unit: " + gridText());
        browser.screenshot("vendor-module");
    }

    @Test
    @Order(5)
    void uninstallingTheModuleTakesItsEntryAway() {
        String output = karaf.shell("danvan:module-uninstall " + MODULE);
        assertTrue(output.contains("is uninstalled"), output);
        browser.waitUntil(MENU_UPDATE, d -> !menuHasModule());
        String rules = karaf.shell("danvan:rules");
        assertFalse(rules.contains(MODULE + ".entry.report"), "the module's rule rows left with it: " + rules);
    }

    @Test
    @Order(6)
    void installedAgainTheModuleShowsTheEntryAgain() {
        String output = karaf.shell("danvan:module-install " + MODULE);
        assertTrue(output.contains("is installed"), output);
        browser.waitUntil(MENU_UPDATE, d -> menuHasModule());
        browser.find(MENU_ENTRY).click();
        browser.waitUntil(Duration.ofSeconds(20), d -> gridText().contains(ENTRY_TITLE));
    }

    @Test
    @Order(7)
    void takingTheKarOutOfDeployUninstallsIt() throws IOException {
        Files.delete(karaf.home().resolve("deploy").resolve(kar.getFileName()));
        browser.waitUntil(MENU_UPDATE, d -> !menuHasModule());
        browser.waitUntil(MENU_UPDATE, d -> !karaf.shell("kar:list").contains("com.example.visits.feature"));
    }

    @Test
    @Order(8)
    void karInstallFromTheConsoleBringsItBackWithItsData() {
        browser.find("vaadin-side-nav-item#menu-home").click();
        browser.find("#home-greeting");
        browser.script("window.__danvanNoReload = true;");
        long started = System.nanoTime();
        karaf.shell("kar:install " + kar.toUri());
        long returned = Duration.ofNanos(System.nanoTime() - started).toMillis();
        browser.waitUntil(MENU_UPDATE, d -> menuHasModule());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("DanVan vendor module: kar:install -> menu entry in the open page in %d ms (bin/client with the"
                + " command returned after %d ms)%n", millis, returned);
        assertEquals(Boolean.TRUE, browser.script("return window.__danvanNoReload === true;"), "no reload");
        browser.find(MENU_ENTRY).click();
        browser.waitUntil(Duration.ofSeconds(20), d -> gridText().contains(ENTRY_TITLE));
    }

    @Test
    @Order(9)
    void theLogHasNoErrors() {
        assertEquals(List.of(), karaf.logErrors());
    }

    private boolean menuHasModule() {
        return !browser.findAll(MENU_ENTRY).isEmpty();
    }

    private String gridText() {
        return String.valueOf(browser.script(
                "return Array.from(document.querySelectorAll('#visits-list vaadin-grid-cell-content'))"
                        + ".map(c => c.innerText).join('\\n');"));
    }
}
