package org.danvan.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.danvan.platform.persistence.api.EntityStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.PersistenceException;

/**
 * The database goes out of reach while DanVan runs: a read fails after one wait for a connection (the pool's), so
 * the user reads "database unavailable" within seconds; EclipseLink's default retry asked the pool four times,
 * 5 s apart, and a screen with several reads took minutes. When the database is back, the next read works without
 * a restart.
 */
class DatabaseOutageReadTest {

    private final H2TestDatabase database = new H2TestDatabase();
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    private final AtomicInteger connectionRequests = new AtomicInteger();
    private EntityStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        database.close();
    }

    @Test
    void aReadFailsAfterOneConnectionRequestAndWorksAgainWhenTheDatabaseIsBack() {
        PersistenceServiceImpl service = new PersistenceServiceImpl(pool(database.dataSource()),
                Duration.ofMinutes(5), Duration.ofSeconds(3));
        store = service.open(AbstractPersistenceServiceTest.ITEMS);
        long id = store.inTransaction(em -> {
            TestItem item = new TestItem("before the outage", 1);
            em.persist(item);
            return item;
        }).getId();

        reachable.set(false);
        connectionRequests.set(0);
        long start = System.nanoTime();
        assertThrows(PersistenceException.class,
                () -> store.read(em -> em.createQuery("SELECT i FROM TestItem i", TestItem.class).getResultList()));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(1, connectionRequests.get(), "connection requests for one failed read");
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "the failed read took " + took.toMillis() + " ms");

        reachable.set(true);
        assertEquals("before the outage", store.read(em -> em.find(TestItem.class, id)).getName());
    }

    /** The pool as DanVan sees it in an outage: HikariCP's answer once its connectionTimeout has passed. */
    private DataSource pool(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connectionRequests.incrementAndGet();
                        if (!reachable.get()) {
                            throw new SQLTransientConnectionException(
                                    "danvan - Connection is not available, request timed out after 5000ms.");
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
