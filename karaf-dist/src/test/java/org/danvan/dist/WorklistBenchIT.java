package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.danvan.dist.test.Browser;
import org.danvan.dist.test.KarafDistribution;
import org.danvan.dist.test.MariaDbTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark, not a test (skipped unless {@code -Dbench.ui=true}; see bench/README.md): issue 5's "Done means" for
 * the screens - the real distribution on MariaDB with {@code bench.cases} (default 100,000) cases, admin signed in
 * in headless Chromium; median times to open the worklist, a case detail by URL and a search without diacritics,
 * against the home page opened the same way in the same run.
 *
 * <p>The cases are bulk-loaded with plain JDBC multi-row INSERTs into the tables of the cases changelog, while Karaf
 * is stopped: case rows, one INTAKE step each and the folded search tokens (number, sequence, concerned party,
 * content - what the engine's SearchIndex.clearTokens writes). Not loaded: petitioner rows (their fields are
 * encrypted with the installation's key; no measured page needs them, the detail then shows "no petitioner") and
 * the duplicate-detection sketches (only intake reads them).
 */
class WorklistBenchIT {

    private static final String DATASOURCE_FILE = "etc/org.ops4j.datasource-danvan.cfg";
    private static final String[] UNITS = {"24003", "24001", "24002", "24004", "24010", "24012"};
    private static final String[] WORDS = ("khiếu nại tố cáo kiến nghị phản ánh đất đai thu hồi bồi thường giải phóng "
            + "mặt bằng xây dựng trái phép lấn chiếm vỉa hè môi trường ô nhiễm nước thải rác tiếng ồn thuế phí "
            + "hộ nghèo trợ cấp bảo hiểm y tế trường học đường giao thông cầu cống điện chiếu sáng cán bộ địa "
            + "chính thôn xóm tổ dân phố nhà văn hóa đóng góp biên lai công khai quy hoạch sổ đỏ giấy chứng nhận "
            + "quyền sử dụng tranh chấp ranh giới hàng xóm tường rào cây xanh ngập úng kênh mương thủy lợi").split(" ");
    private static final String[] KINDS = {"COMPLAINT_FIRST", "COMPLAINT_SECOND", "RECOMMENDATION", "REFLECTION",
        "MIXED"};
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final long FIRST_ID = 1_000_000_000L;
    private static final long FIRST_TOKEN_ID = 1_000_000_000_000L;
    private static final String SEARCH = "lan chiem via he";
    private static final Pattern TOTAL = Pattern.compile("Tổng số: [0-9.,\\s\u00a0\u202f]+ hồ sơ");
    private static final Duration UI = Duration.ofSeconds(60);

    /** Condition scripts, each true when the page shows what is measured and Vaadin has nothing pending. */
    private static final String IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients).filter(c => c && typeof c.isActive === 'function');
            if (clients.length === 0 || clients.some(c => c.isActive())) { return false; }
            if (document.querySelector('vaadin-connection-indicator[loading]') !== null) { return false; }
            """;
    private static final String HOME_SHOWN = IDLE + """
            return document.body.innerText.trim().length > 0 && !document.querySelector('vaadin-login-form');
            """;
    /** The case numbers in the grid's rows on screen (rows the grid keeps but hides do not count), joined. */
    private static final String VISIBLE_NUMBERS = """
            const numbers = [];
            for (const c of document.querySelectorAll('#cases-grid vaadin-grid-cell-content')) {
                const row = c.assignedSlot && c.assignedSlot.closest('tr');
                if (!row || row.hidden || row.closest('#items') === null) { continue; }
                const text = c.textContent.trim();
                if (/^[0-9]{4}\\/[0-9]{6}$/.test(text)) { numbers.push(text); }
            }
            """;
    /**
     * The total and the first rows are shown; with arguments (the total and the rows shown before a search) both must
     * have changed, and a search without hits must show no row.
     */
    private static final String WORKLIST_SHOWN = IDLE + VISIBLE_NUMBERS + """
            const total = document.getElementById('cases-total');
            const text = total ? total.textContent.trim() : '';
            if (!/^Tổng số: [0-9.,\\s\\u00a0\\u202f]+ hồ sơ$/.test(text)) { return false; }
            if (arguments.length > 0 && text === arguments[0]) { return false; }
            if (/^Tổng số: 0 hồ sơ$/.test(text)) { return numbers.length === 0; }
            return numbers.length > 0 && (arguments.length < 2 || numbers.join(' ') !== arguments[1]);
            """;
    private static final String DETAIL_SHOWN = IDLE + """
            const number = document.getElementById('case-number');
            return !!number && number.textContent.trim() === arguments[0]
                && document.querySelectorAll('#case-timeline > [id^="case-step-"]').length > 0;
            """;

    @Test
    void worklistAndDetailWithManyCases() throws Exception {
        assumeTrue(Boolean.getBoolean("bench.ui"), "a benchmark: run with -Dbench.ui=true (bench/README.md)");
        int total = Integer.getInteger("bench.cases", 100_000);
        int runs = Integer.getInteger("bench.runs", 10);
        try (MariaDbTestDatabase database = MariaDbTestDatabase.create();
             KarafDistribution karaf = KarafDistribution.fromBuild()) {
            Files.copy(karaf.home().resolve("etc/mariadb/org.ops4j.datasource-danvan.cfg"),
                    karaf.home().resolve(DATASOURCE_FILE), StandardCopyOption.REPLACE_EXISTING);
            karaf.setProperty(DATASOURCE_FILE, "url", database.jdbcUrl());
            karaf.setProperty(DATASOURCE_FILE, "user", database.user());
            karaf.setProperty(DATASOURCE_FILE, "password", database.password());
            karaf.start();
            System.out.printf("BENCH first start on MariaDB (schema + demo data): %.1f s%n",
                    karaf.lastStartDuration().toMillis() / 1000.0);
            karaf.stop();

            long loadStart = System.nanoTime();
            List<long[]> loaded = load(database, total);
            System.out.printf("BENCH loaded %,d cases (+1 step each, folded tokens) by JDBC in %.1f s%n", total,
                    (System.nanoTime() - loadStart) / 1e9);

            karaf.start();
            System.out.printf("BENCH second start: %.1f s%n", karaf.lastStartDuration().toMillis() / 1000.0);
            try (Browser browser = Browser.start()) {
                measure(karaf, browser, loaded, runs, total);
            }
            assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
        }
    }

    private static void measure(KarafDistribution karaf, Browser browser, List<long[]> loaded, int runs, int total) {
        browser.open(karaf.baseUrl());
        browser.signIn("admin", "admin");
        String worklistUrl = karaf.baseUrl() + "ho-so-vu-viec?ds=ALL";
        Random random = new Random(7);

        // warm-up: every page once (three times the list), so the first compilations do not count
        for (int i = 0; i < 3; i++) {
            open(browser, karaf.baseUrl(), HOME_SHOWN);
            long[] bulk = loaded.get(random.nextInt(loaded.size()));
            open(browser, karaf.baseUrl() + "ho-so-vu-viec/chi-tiet?id=" + bulk[0], DETAIL_SHOWN, number(bulk));
            open(browser, worklistUrl, WORKLIST_SHOWN);
            search(browser);
        }
        String shownTotal = text(browser, "cases-total");
        browser.screenshot("bench-worklist-search");
        open(browser, worklistUrl, WORKLIST_SHOWN);
        String allTotal = text(browser, "cases-total");
        browser.screenshot("bench-worklist");
        long shownCount = Long.parseLong(allTotal.replaceAll("\\D", ""));
        assertTrue(shownCount >= total, "admin's ALL worklist shows every loaded case: " + allTotal);

        List<Double> home = new ArrayList<>();
        List<Double> worklist = new ArrayList<>();
        List<Double> detail = new ArrayList<>();
        List<Double> searches = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            home.add(open(browser, karaf.baseUrl(), HOME_SHOWN));
            worklist.add(open(browser, worklistUrl, WORKLIST_SHOWN));
            searches.add(search(browser));
            long[] bulk = loaded.get(random.nextInt(loaded.size()));
            detail.add(open(browser, karaf.baseUrl() + "ho-so-vu-viec/chi-tiet?id=" + bulk[0], DETAIL_SHOWN,
                    number(bulk)));
        }
        browser.screenshot("bench-detail");
        double baseline = median(home);
        System.out.printf("BENCH %,d cases in MariaDB; admin's ALL worklist: \"%s\"; search \"%s\": \"%s\"%n", total,
                allTotal, SEARCH, shownTotal);
        System.out.printf("BENCH %d runs each after warm-up; median (min-max) in ms%n", runs);
        report("baseline: home page /", home, baseline);
        report("(a) worklist /ho-so-vu-viec?ds=ALL", worklist, baseline);
        report("(b) case detail by URL", detail, baseline);
        report("(c) search \"" + SEARCH + "\" (incl. " + 500 + " ms debounce)", searches, baseline);
    }

    private static void report(String what, List<Double> times, double baseline) {
        double median = median(times);
        System.out.printf("BENCH %-48s %8.0f ms (%.0f-%.0f)  = %.1f x baseline%n", what, median,
                times.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                times.stream().mapToDouble(Double::doubleValue).max().orElse(0), median / baseline);
    }

    /** Navigates to the URL and returns the milliseconds until the condition holds, measured from the navigation. */
    private static double open(Browser browser, String url, String condition, Object... arguments) {
        browser.open("about:blank");
        long start = System.nanoTime();
        browser.open(url);
        waitFor(browser, condition, arguments);
        return (System.nanoTime() - start) / 1e6;
    }

    /** On the worklist: types the search (no diacritics) and returns the ms until the new total and rows show. */
    private static double search(Browser browser) {
        String before;
        var input = browser.find("#cases-search input");
        input.clear();
        browser.waitForVaadin();
        before = text(browser, "cases-total");
        Object rows = browser.script(VISIBLE_NUMBERS + "return numbers.join(' ');");
        long start = System.nanoTime();
        input.sendKeys(SEARCH);
        waitFor(browser, WORKLIST_SHOWN, before, rows);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void waitFor(Browser browser, String condition, Object... arguments) {
        WebDriver driver = browser.driver();
        new WebDriverWait(driver, UI, Duration.ofMillis(10)).until((Function<WebDriver, Boolean>) d ->
                Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(condition, arguments)));
    }

    private static String text(Browser browser, String id) {
        Object text = browser.script("const e = document.getElementById(arguments[0]);"
                + " return e ? e.textContent.trim() : '';", id);
        return String.valueOf(text);
    }

    private static String number(long[] bulk) {
        return String.format("%d/%06d", 2025, bulk[1]);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * Loads the cases (year 2025, so the engine's 2026 counters stay untouched) spread over the demo communes and
     * wards; returns {id, sequence} per case.
     */
    private static List<long[]> load(MariaDbTestDatabase database, int total) throws SQLException {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        List<long[]> loaded = new ArrayList<>(total);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            long[] unitIds = unitIds(connection);
            Map<Long, Integer> sequences = new LinkedHashMap<>();
            long tokenId = FIRST_TOKEN_ID;
            connection.setAutoCommit(false);
            for (int done = 0; done < total; done += 1000) {
                int batch = Math.min(1000, total - done);
                List<Object[]> cases = new ArrayList<>(batch);
                List<Object[]> steps = new ArrayList<>(batch);
                List<Object[]> tokens = new ArrayList<>(batch * 30);
                for (int i = 0; i < batch; i++) {
                    long id = FIRST_ID + done + i;
                    long unit = unitIds[random.nextInt(unitIds.length)];
                    int seq = sequences.merge(unit, 1, Integer::sum);
                    String number = String.format("%d/%06d", 2025, seq);
                    String kind = KINDS[random.nextInt(KINDS.length)];
                    String concerned = "UBND " + WORDS[random.nextInt(WORDS.length)];
                    String content = content(random);
                    LocalDate received = today.minusDays(random.nextInt(400));
                    LocalDate due = received.plusDays(10);
                    String dueState = due.isBefore(today) ? "OVERDUE" : "ON_TIME";
                    LocalDateTime at = received.atTime(8, 0);
                    cases.add(new Object[] {id, unit, 2025, seq, number, trackingCode(done + i), kind, "RECEIVED",
                        "POST", false, 1, concerned, content, excerpt(content), received, "", "RESOLVE",
                        "petition.process", received, due, dueState, "OVERDUE".equals(dueState) ? dueState : null,
                        at});
                    steps.add(new Object[] {id, id, "INTAKE", at, "bench", "Bench loader", "RECEIVED"});
                    Set<String> words = new LinkedHashSet<>(fold(number));
                    words.add(Integer.toString(seq));
                    words.addAll(fold(concerned));
                    words.addAll(fold(content));
                    for (String word : words) {
                        tokens.add(new Object[] {tokenId++, id, word});
                    }
                    loaded.add(new long[] {id, seq});
                }
                insert(connection, "cas_case (id, version, unit_id, case_year, case_seq, case_number, tracking_code,"
                        + " kind, status, channel, group_petition, people_count, concerned, content, excerpt,"
                        + " received_on, variants, due_step, due_rule_id, clock_start, due_date, due_state,"
                        + " notified_state, created_at)", "0", cases);
                insert(connection, "cas_step (id, case_id, action, at_time, actor_login, actor_name, to_status,"
                        + " version)", null, steps);
                for (int from = 0; from < tokens.size(); from += 2000) {
                    insert(connection, "cas_token (id, case_id, token, version)", null,
                            tokens.subList(from, Math.min(tokens.size(), from + 2000)));
                }
                connection.commit();
                if ((done / 1000) % 10 == 0) {
                    System.out.printf("BENCH ... %,d cases%n", done + batch);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE cas_case, cas_step, cas_token");
            }
            connection.commit();
        }
        return loaded;
    }

    /** Multi-row INSERT; {@code constant} (if any) is the first value after the first column (the version). */
    private static void insert(Connection connection, String table, String constant, List<Object[]> rows)
            throws SQLException {
        int width = rows.get(0).length;
        String one = "(" + String.join(",", java.util.Collections.nCopies(width, "?")) + ")";
        if (constant == null) {
            one = one.substring(0, one.length() - 1) + ",0)";
        } else {
            one = "(?," + constant + "," + one.substring(3);
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(one);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    statement.setObject(p++, value);
                }
            }
            statement.executeUpdate();
        }
    }

    private static long[] unitIds(Connection connection) throws SQLException {
        String in = String.join(",", java.util.Collections.nCopies(UNITS.length, "?"));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM idn_org_unit WHERE code IN (" + in + ")")) {
            for (int i = 0; i < UNITS.length; i++) {
                query.setString(i + 1, UNITS[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            assertEquals(UNITS.length, ids.size(), "demo units " + Arrays.toString(UNITS) + " in idn_org_unit");
            return ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** As the engine's TextFolding: NFD, marks stripped, đ to d, lower case, words of letters and digits. */
    private static List<String> fold(String text) {
        String decomposed = java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD);
        String folded = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").trim();
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    private static String content(Random random) {
        StringBuilder text = new StringBuilder("Đơn của công dân về");
        int words = 10 + random.nextInt(8);
        for (int i = 0; i < words; i++) {
            text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String excerpt(String content) {
        return content.length() <= 200 ? content : content.substring(0, 199) + "…";
    }

    /** 13 characters of the tracking alphabet, unique per index, starting with "B" (no random code clashes). */
    private static String trackingCode(long index) {
        StringBuilder code = new StringBuilder();
        long rest = index;
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET.charAt((int) (rest % ALPHABET.length())));
            rest /= ALPHABET.length();
        }
        return "B" + code.reverse();
    }
}
