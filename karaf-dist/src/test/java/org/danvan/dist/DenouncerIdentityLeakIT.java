package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.danvan.dist.test.KarafDistribution;
import org.danvan.dist.test.MariaDbTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Where a denouncer's identity could leak, searched for after real work: a reception officer records a denunciation
 * in the browser (name, address, identity-card number, phone), the commune chair unmasks it with a reason, the
 * server runs on MariaDB with DanVan's, EclipseLink's, Vaadin's, Liquibase's, HikariCP's and the MariaDB driver's
 * loggers at DEBUG. Then a full {@code mariadb-dump} of the database and every file the server wrote (logs, Karaf's
 * own audit log, bundle data, configuration) are searched for each identifying value, as typed, folded to plain
 * ASCII (as the search index folds words) and in upper case. The case's content, which is not protected, is the
 * control: it must be found in the dump, so a search that finds nothing has really looked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DenouncerIdentityLeakIT extends BrowserDistributionTest {

    private static final String PASSWORD = "danvan";
    private static final String RECEPTION = "tiepdan";
    private static final String CHAIR = "chutich.tiendu";
    private static final String MARK = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final String DENOUNCER = "Khổng Thị Huyền Trâm";
    private static final String ADDRESS = "Số 17 ngõ Quỳnh Lâm, thôn Đình Cả";
    private static final String ID_NUMBER = "027190" + String.format("%06d", System.nanoTime() % 1_000_000);
    private static final String PHONE = "0912" + String.format("%06d", System.nanoTime() / 7 % 1_000_000);
    private static final String CONTENT = "Tố cáo cán bộ địa chính nhận tiền khi đo đạc đất ruộng, mã " + MARK;
    private static final String DEBUG_LOGGERS = "org.danvan org.eclipse.persistence com.vaadin liquibase com.zaxxer"
            + " org.mariadb";

    private MariaDbTestDatabase database;
    private String caseNumber;
    private String caseUrl;

    @Override
    protected void configure(KarafDistribution copy) {
        database = MariaDbTestDatabase.create();
        String datasource = "etc/org.ops4j.datasource-danvan.cfg";
        try {
            Files.copy(copy.home().resolve("etc/mariadb/org.ops4j.datasource-danvan.cfg"),
                    copy.home().resolve(datasource), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copy.setProperty(datasource, "url", database.jdbcUrl());
        copy.setProperty(datasource, "user", database.user());
        copy.setProperty(datasource, "password", database.password());
        int n = 0;
        for (String logger : DEBUG_LOGGERS.split(" ")) {
            String key = "log4j2.logger.leakcheck" + n++;
            copy.setProperty("etc/org.ops4j.pax.logging.cfg", key + ".name", logger);
            copy.setProperty("etc/org.ops4j.pax.logging.cfg", key + ".level", "DEBUG");
        }
    }

    @AfterAll
    void dropDatabase() {
        stopBrowserAndDistribution(); // JUnit runs this before the superclass's @AfterAll
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theReceptionOfficerRecordsADenunciationWithTheDenouncersIdentity() {
        signInAt("tiep-nhan-don", RECEPTION);
        browser.find("#intake");
        pick("intake-kind", "Tố cáo");
        pick("intake-channel", "Qua bưu điện");
        browser.typeInto("#intake-petitioner-0-name input", DENOUNCER);
        browser.typeInto("#intake-petitioner-0-address input", ADDRESS);
        browser.typeInto("#intake-petitioner-0-id-number input", ID_NUMBER);
        browser.typeInto("#intake-petitioner-0-phone input", PHONE);
        browser.typeInto("#intake-concerned input", "Cán bộ địa chính xã");
        browser.typeInto("#intake-content textarea", CONTENT);
        browser.waitForVaadin();
        browser.find("#intake-save").click();
        browser.waitForVaadin();
        caseNumber = browser.find("#intake-result-number").getAttribute("data-number");
        assertTrue(caseNumber != null && caseNumber.matches("\\d{4}/\\d+"), "case number: " + caseNumber);
        browser.find("#intake-result-open").click();
        waitForCase();
        caseUrl = browser.currentUrl();
    }

    @Test
    @Order(2)
    void theChairUnmasksItWithAReasonAndSeesTheName() {
        browser.open("about:blank");
        browser.open(karaf.baseUrl() + "logout");
        browser.find("vaadin-login-form");
        browser.open(caseUrl);
        browser.signIn(CHAIR, PASSWORD);
        waitForCase();
        browser.find("#case-petitioners-masked");
        browser.find("#case-unmask").click();
        browser.find("#case-unmask-dialog");
        browser.typeInto("#case-unmask-dialog-reason textarea", "Xác minh nội dung tố cáo theo yêu cầu thanh tra");
        browser.waitForVaadin();
        browser.find("#case-unmask-dialog-confirm").click();
        browser.waitForVaadin();
        browser.find("#case-unmasked-people");
        assertEquals(DENOUNCER, value("case-unmasked-people-0-name"), "the chair sees the name after unmasking");
        String trail = karaf.shell("danvan:audit-list --action case.unmask --limit 5");
        assertTrue(trail.lines().anyMatch(l -> l.contains(caseNumber) && l.contains(CHAIR)), trail);
    }

    @Test
    @Order(3)
    void neitherTheDatabaseDumpNorAnyFileTheServerWroteHoldsTheIdentity() throws Exception {
        String log = karaf.log();
        assertTrue(log.contains("| DEBUG |"), "the DEBUG loggers are on (else the log check proves nothing)");
        browser.close();
        browser = null;
        karaf.stop();

        String dump = mariadbDump();
        assertTrue(dump.contains(MARK) && dump.contains("nhận tiền khi đo đạc"),
                "control: the case's content is in the dump in clear, so the dump is the real data");
        Map<String, String> leaks = new LinkedHashMap<>();
        for (String secret : secrets()) {
            if (dump.contains(secret)) {
                leaks.put(secret, "mariadb-dump");
            }
        }
        int files = 0;
        List<String> control = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(karaf.home())) {
            for (Path file : walk.filter(Files::isRegularFile).filter(DenouncerIdentityLeakIT::writtenByTheServer)
                    .toList()) {
                files++;
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (text.contains(CHAIR)) {
                    control.add(karaf.home().relativize(file).toString());
                }
                for (String secret : secrets()) {
                    if (text.contains(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        leaks.merge(secret, karaf.home().relativize(file).toString(), (a, b) -> a + ", " + b);
                    }
                }
            }
        }
        System.out.println("LEAKCHECK dump " + dump.length() + " chars, " + files + " files searched for "
                + secrets().size() + " forms of the identity; log " + log.length() + " chars at DEBUG");
        assertTrue(files > 10 && !control.isEmpty(), "control: the walk reads the server's files and finds the"
                + " chair's login in them (" + control + ")");
        assertEquals(Map.of(), leaks, "the denouncer's identity found in clear");
    }

    /** Each identifying value as typed, folded to ASCII lower case, and upper case. */
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (String value : List.of(DENOUNCER, "Huyền Trâm", ADDRESS, "Quỳnh Lâm", ID_NUMBER, PHONE)) {
            secrets.add(value);
            String folded = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .replace('đ', 'd').replace('Đ', 'D');
            secrets.add(folded.toLowerCase(Locale.ROOT));
            secrets.add(value.toUpperCase(Locale.ROOT));
        }
        return secrets.stream().distinct().toList();
    }

    /** Files the server writes at run time: not the shipped jars and feature repository. */
    private static boolean writtenByTheServer(Path file) {
        String name = file.toString();
        return !name.contains("/system/") && !name.endsWith(".jar") && !name.contains("/lib/")
                && !name.contains("/data/kar/");
    }

    private String mariadbDump() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mariadb-dump", "--single-transaction", "--skip-extended-insert",
                "-h", MariaDbTestDatabase.HOST, "-P", Integer.toString(MariaDbTestDatabase.PORT), "-u", database.user()));
        if (!database.password().isEmpty()) {
            command.add("-p" + database.password());
        }
        command.add(database.name());
        Path out = Files.createTempFile("leakcheck", ".sql");
        try {
            Process dump = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertTrue(dump.waitFor(5, TimeUnit.MINUTES) && dump.exitValue() == 0, "mariadb-dump failed");
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private void waitForCase() {
        browser.waitUntil(Duration.ofSeconds(30), d -> caseNumber.equals(browser.script(
                "var e = document.getElementById('case-number'); return e && e.innerText.trim();")));
        browser.waitForVaadin();
    }

    private void signInAt(String route, String login) {
        browser.open("about:blank");
        browser.open(karaf.baseUrl() + "logout");
        browser.find("vaadin-login-form");
        browser.open(karaf.baseUrl() + route);
        browser.signIn(login, PASSWORD);
    }
}
