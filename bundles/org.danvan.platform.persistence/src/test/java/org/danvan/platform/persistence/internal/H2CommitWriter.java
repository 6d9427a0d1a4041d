package org.danvan.platform.persistence.internal;

import java.io.PrintStream;
import java.time.Duration;

import org.danvan.platform.persistence.api.EntityStore;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Child process of {@link H2KillDurabilityTest}: opens the test unit on the H2 URL given as argument through the
 * whole stack (HikariCP, Liquibase, EclipseLink), then inserts one row per transaction forever and prints each id on
 * stdout once its commit has returned. Runs until killed.
 */
public final class H2CommitWriter {

    private H2CommitWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        HikariDataSource dataSource = H2TestDatabase.pool(args[0]);
        PersistenceServiceImpl service = new PersistenceServiceImpl(dataSource, Duration.ofMinutes(5),
                Duration.ofMinutes(1));
        EntityStore store = service.open(AbstractPersistenceServiceTest.ITEMS);
        out.println("READY");
        out.flush();
        for (long i = 0;; i++) {
            long number = i;
            long id = store.inTransaction(em -> {
                TestItem item = new TestItem("row " + number, (int) number);
                em.persist(item);
                return item;
            }).getId();
            out.println(id);
            out.flush();
        }
    }
}
