package org.danvan.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.testing.TestOrgUnits;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's items 2 and 3 at the engine level, on MariaDB (bench/README.md): intakes per second through the
 * service against plain JDBC batch inserts of the very rows those intakes wrote, and three worklists through
 * {@code CaseEngine.find} against the equivalent hand-written SQL (page of 50 and total), p50/p95. Quick mode (the
 * default; in the bundle's normal test run) loads 2,000 cases; {@code -Dbench.full=true} loads {@code bench.cases}
 * (default 100,000). Asserts only that every figure was measured and that service and SQL agree on the totals.
 */
class EngineAgainstSqlBenchmark extends CaseEngineFixture {

    private static final boolean FULL = Boolean.getBoolean("bench.full");
    private static final Set<String> OPEN = Set.of("RECEIVED", "CLASSIFIED", "ACCEPTED", "SUSPENDED");
    /** The tables an intake writes rows of, with the column naming the case. */
    private static final Map<String, String> INTAKE_TABLES = new LinkedHashMap<>();

    static {
        INTAKE_TABLES.put("cas_case", "id");
        INTAKE_TABLES.put("cas_person", "case_id");
        INTAKE_TABLES.put("cas_step", "case_id");
        INTAKE_TABLES.put("cas_token", "case_id");
        INTAKE_TABLES.put("cas_shingle", "case_id");
        INTAKE_TABLES.put("cas_duplicate", "case_id");
    }

    private static final String LINE = "%-52s %11s %11s %8s %8s  %s";

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }

    @Test
    void intakeAndWorklistsAgainstPlainSql() throws SQLException {
        int total = Integer.getInteger("bench.cases", FULL ? 100_000 : 2_000);
        int intakes = FULL ? 300 : 30;
        int runs = FULL ? 100 : 20;
        Random random = new Random(17);
        long loadStart = System.nanoTime();
        new BenchmarkCases(store, cipher, database.dataSource(), TODAY).load(total, random);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        // the steady state of a server: the daily job has computed due states and the duplicate detector's stop list
        // (without it every intake's content-duplicate query groups all cases: one was still running after 16 s at 200,000 cases)
        assertTrue(engine.runDailyJob(), "the daily job ran");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            // every 20th case has the handler, so that "my cases" has rows
            s.executeUpdate("UPDATE cas_case SET handler_user_id = " + HANDLER.userId() + " WHERE MOD(id, 20) = 0");
        }
        List<String> rows = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            engine.intake(RECEPTION, BenchmarkCases.intakeRequest(random, TODAY)); // warm-up, not copied
        }
        List<Long> created = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < intakes; i++) {
            created.add(engine.intake(RECEPTION, BenchmarkCases.intakeRequest(random, TODAY)).caseId());
        }
        double servicePerSecond = intakes / ((System.nanoTime() - t0) / 1e9);
        double jdbcPerSecond = intakes / copyWithJdbc(created);
        rows.add(row("intake per second (service vs JDBC batch)", servicePerSecond, jdbcPerSecond, "/s", ">= 0.5x",
                servicePerSecond / jdbcPerSecond >= 0.5));

        Set<Long> tienDu = UnitTree.subtree(units, TestOrgUnits.TIEN_DU);
        String open = OPEN.stream().map(v -> "'" + v + "'").collect(Collectors.joining(","));
        String dueOrder = " ORDER BY CASE WHEN due_date IS NULL THEN 1 ELSE 0 END, due_date, id";
        String receivedOrder = " ORDER BY received_on DESC, id DESC";
        CaseQuery unitQueue = new CaseQuery(Worklist.UNIT_QUEUE, null, null, TestOrgUnits.TIEN_DU, true, null, null,
                null, null, true, 0, 50);
        rows.addAll(worklist("unit queue (subtree, open, by due date)", runs, INSPECTOR, unitQueue,
                "unit_id IN (" + ids(tienDu) + ") AND handler_user_id IS NULL AND status IN (" + open + ")", dueOrder));
        Set<Long> handlerScope = access.scope(HANDLER, CasePermissions.VIEW).unitIds();
        rows.addAll(worklist("my cases", runs, HANDLER, CaseQuery.of(Worklist.MINE),
                (handlerScope.isEmpty() ? "" : "unit_id IN (" + ids(handlerScope) + ") AND ")
                        + "handler_user_id = " + HANDLER.userId() + " AND status IN (" + open + ")", receivedOrder));
        rows.addAll(worklist("overdue", runs, INSPECTOR, CaseQuery.of(Worklist.OVERDUE),
                "status IN (" + open + ") AND due_date < '" + TODAY + "'", receivedOrder));

        String title = String.format(Locale.ROOT, "case engine on MariaDB: %,d cases over %d units (loaded in %.0f s), "
                + "%d intakes, %d runs per worklist", total, 4, loadSeconds, intakes, runs);
        publish(title, rows);
    }

    /**
     * Copies the rows the intakes wrote into empty twins of their tables ({@code CREATE TABLE ... LIKE}: same
     * columns and indexes) with plain JDBC: one transaction per case, as an intake commits, one batch per table.
     * Returns the seconds the inserts took.
     */
    private double copyWithJdbc(List<Long> caseIds) throws SQLException {
        String idList = ids(caseIds);
        try (Connection c = database.dataSource().getConnection()) {
            Map<String, List<Object[]>> rowsByTable = new LinkedHashMap<>();
            Map<String, Integer> caseColumn = new LinkedHashMap<>();
            Map<String, String> insertSql = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (Map.Entry<String, String> table : INTAKE_TABLES.entrySet()) {
                    s.execute("CREATE TABLE bench_" + table.getKey() + " LIKE " + table.getKey());
                    try (ResultSet r = s.executeQuery("SELECT * FROM " + table.getKey() + " WHERE "
                            + table.getValue() + " IN (" + idList + ")")) {
                        int columns = r.getMetaData().getColumnCount();
                        List<String> names = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            names.add(r.getMetaData().getColumnName(i));
                            if (names.get(i - 1).equalsIgnoreCase(table.getValue())) {
                                caseColumn.put(table.getKey(), i - 1);
                            }
                        }
                        insertSql.put(table.getKey(), "INSERT INTO bench_" + table.getKey() + " (" + String.join(",", names)
                                + ") VALUES (" + String.join(",", Collections.nCopies(columns, "?")) + ")");
                        List<Object[]> rows = new ArrayList<>();
                        while (r.next()) {
                            Object[] row = new Object[columns];
                            for (int i = 0; i < columns; i++) {
                                row[i] = r.getObject(i + 1);
                            }
                            rows.add(row);
                        }
                        rowsByTable.put(table.getKey(), rows);
                    }
                }
            }
            assertEquals(caseIds.size(), rowsByTable.get("cas_case").size(), "every intake wrote its case row");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (long caseId : caseIds) {
                for (Map.Entry<String, List<Object[]>> table : rowsByTable.entrySet()) {
                    int column = caseColumn.get(table.getKey());
                    try (PreparedStatement insert = c.prepareStatement(insertSql.get(table.getKey()))) {
                        for (Object[] row : table.getValue()) {
                            if (((Number) row[column]).longValue() == caseId) {
                                for (int i = 0; i < row.length; i++) {
                                    insert.setObject(i + 1, row[i]);
                                }
                                insert.addBatch();
                            }
                        }
                        insert.executeBatch();
                    }
                }
                c.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            c.setAutoCommit(true);
            return seconds;
        }
    }

    /** p50 and p95 of a worklist through the service and of the same page and total by hand-written SQL. */
    private List<String> worklist(String name, int runs, UserPrincipal user, CaseQuery query, String where,
            String order) throws SQLException {
        long serviceTotal = engine.find(user, query).total();
        List<Double> service = times(runs, () -> engine.find(user, query));
        long sqlTotal;
        List<Double> sql;
        try (Connection c = database.dataSource().getConnection()) {
            Supplier<Long> hand = () -> handQuery(c, where, order);
            sqlTotal = hand.get();
            sql = times(runs, hand);
        }
        assertEquals(sqlTotal, serviceTotal, name + ": the hand-written SQL counts what the service counts");
        assertTrue(serviceTotal > 0, name + " has cases");
        String label = String.format(Locale.ROOT, "%s, %,d", name, serviceTotal);
        double p50 = percentile(service, 50);
        double p95 = percentile(service, 95);
        double sqlP95 = percentile(sql, 95);
        return List.of(row(label + " p50", p50, percentile(sql, 50), "ms", "-", null),
                row(label + " p95", p95, sqlP95, "ms", "1.5x+20ms", p95 <= 1.5 * sqlP95 && p95 <= 20));
    }

    private static long handQuery(Connection c, String where, String order) {
        try (Statement s = c.createStatement()) {
            long total;
            try (ResultSet count = s.executeQuery("SELECT COUNT(*) FROM cas_case WHERE " + where)) {
                count.next();
                total = count.getLong(1);
            }
            try (ResultSet page = s.executeQuery("SELECT * FROM cas_case WHERE " + where + order + " LIMIT 50")) {
                int columns = page.getMetaData().getColumnCount();
                while (page.next()) {
                    for (int i = 1; i <= columns; i++) {
                        page.getObject(i);
                    }
                }
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Double> times(int runs, Supplier<?> work) {
        for (int i = 0; i < Math.min(10, runs); i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        assertTrue(millis.stream().allMatch(m -> m > 0), "every run was timed");
        return millis;
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static String ids(java.util.Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** One line in the suite table's columns (karaf-dist's BenchTable); {@code met} null when there is no target. */
    private static String row(String figure, double value, double floor, String unit, String target, Boolean met) {
        return String.format(Locale.ROOT, LINE, figure, String.format(Locale.ROOT, "%.1f ", value) + unit,
                String.format(Locale.ROOT, "%.1f ", floor) + unit, String.format(Locale.ROOT, "%.2fx", value / floor),
                target, met == null ? "-" : met ? "pass" : "MISS");
    }

    private static void publish(String title, List<String> rows) {
        StringBuilder table = new StringBuilder(title).append('\n');
        rows.forEach(r -> table.append(r).append('\n'));
        table.toString().lines().forEach(line -> System.out.println("BENCH " + line));
        Path file = Path.of(System.getProperty("danvan.bench.output", "target/bench/table.txt"));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
