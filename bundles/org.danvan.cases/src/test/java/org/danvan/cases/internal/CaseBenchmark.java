package org.danvan.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.persistence.internal.ModuleTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (excluded from the normal run; see bench/README.md): loads N cases (default 100,000) into a
 * throw-away MariaDB database through the engine's own row builders ({@link BenchmarkCases}), then times
 * service intakes and searches against a baseline measured in the same run: a primary-key look-up of a case.
 */
class CaseBenchmark extends CaseEngineFixture {

    @Override
    protected ModuleTestDatabase createDatabase() {
        return ModuleTestDatabase.mariaDb();
    }

    @Test
    void benchmark() {
        int total = Integer.getInteger("bench.cases", 100_000);
        Random random = new Random(42);
        long loadStart = System.nanoTime();
        List<Long> ids = new BenchmarkCases(store, cipher, database.dataSource(), TODAY).load(total, random);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf("BENCH loaded %,d cases in %.1f s (%.0f cases/s, bulk path: JPA per 500 cases + multi-row INSERTs of tokens/sketches)%n",
                total, loadSeconds, total / loadSeconds);

        long jobStart = System.nanoTime();
        boolean ran = engine.runDailyJob();
        System.out.printf("BENCH daily job over %,d open cases (due states + stop list): %.1f s (ran: %s)%n", total,
                (System.nanoTime() - jobStart) / 1e9, ran);

        double baseline = time(2000, () -> {
            long id = ids.get(random.nextInt(ids.size()));
            return store.read(em -> em.find(CaseRecord.class, id));
        });
        double intake = time(300, () -> engine.intake(RECEPTION, BenchmarkCases.intakeRequest(random, TODAY)));
        Map<String, Double> searches = new HashMap<>();
        Map<String, Long> hits = new HashMap<>();
        for (String text : List.of("nguyen van an", "dang", "lan chiem via he", "quy hoach so do", "hanh")) {
            hits.put(text, engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL).withText(text)).total());
            searches.put(text, time(30, () -> engine.find(INSPECTOR, CaseQuery.of(Worklist.ALL).withText(text))));
        }
        double overdue = time(30, () -> engine.find(INSPECTOR, CaseQuery.of(Worklist.OVERDUE)));
        double detail = time(300, () -> engine.detail(INSPECTOR, ids.get(random.nextInt(ids.size()))));

        System.out.printf("BENCH baseline: primary-key look-up of a case          %8.3f ms  = 1.0%n", baseline);
        System.out.printf("BENCH intake (service, with duplicate detection)      %8.3f ms  = %.1f x baseline%n",
                intake, intake / baseline);
        System.out.printf("BENCH detail (timeline, petitioners, duplicates)      %8.3f ms  = %.1f x baseline%n",
                detail, detail / baseline);
        for (Map.Entry<String, Double> search : searches.entrySet()) {
            System.out.printf("BENCH search %-22s (%,7d hits, page 50)  %8.3f ms  = %.1f x baseline%n",
                    "\"" + search.getKey() + "\"", hits.get(search.getKey()), search.getValue(),
                    search.getValue() / baseline);
        }
        System.out.printf("BENCH overdue worklist (page 50 + count)              %8.3f ms  = %.1f x baseline%n",
                overdue, overdue / baseline);
    }

    private static double time(int runs, Supplier<?> work) {
        for (int i = 0; i < Math.min(20, runs); i++) {
            work.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.get();
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
