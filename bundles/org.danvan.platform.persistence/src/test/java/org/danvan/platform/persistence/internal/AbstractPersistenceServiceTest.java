package org.danvan.platform.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceSetupException;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.persistence.metamodel.ManagedType;

/** The persistence service against a real database; subclasses pick the database (H2 file, MariaDB). */
abstract class AbstractPersistenceServiceTest {

    static final String CHANGELOG = "db/persistencetest/changelog.xml";
    static final String OTHER_CHANGELOG = "db/persistencetest-other/changelog.xml";
    static final String BROKEN_CHANGELOG = "db/persistencetest-broken/changelog.xml";

    static final PersistenceUnitDefinition ITEMS = PersistenceUnitDefinition.of("persistencetest", CHANGELOG,
            TestItem.class);
    static final PersistenceUnitDefinition OTHERS = PersistenceUnitDefinition.of("persistencetest-other",
            OTHER_CHANGELOG, OtherRecord.class);

    TestDatabase database;
    PersistenceServiceImpl service;
    private final List<EntityStore> stores = new java.util.concurrent.CopyOnWriteArrayList<>();

    abstract TestDatabase createDatabase();

    @BeforeEach
    void createDatabaseAndService() {
        database = createDatabase();
        service = new PersistenceServiceImpl(database.dataSource(), Duration.ofMinutes(5), Duration.ofSeconds(3));
    }

    @AfterEach
    void dropDatabase() {
        stores.forEach(EntityStore::close);
        if (database != null) {
            database.close();
        }
    }

    EntityStore open(PersistenceServiceImpl persistence, PersistenceUnitDefinition definition) {
        EntityStore store = persistence.open(definition);
        stores.add(store);
        return store;
    }

    EntityStore open(PersistenceUnitDefinition definition) {
        return open(service, definition);
    }

    long persist(EntityStore store, String name, int amount) {
        return store.inTransaction(em -> {
            TestItem item = new TestItem(name, amount);
            em.persist(item);
            return item;
        }).getId();
    }

    List<Object> changeSetIds(String changelog) {
        return database.column("SELECT ID FROM DATABASECHANGELOG WHERE FILENAME = ? ORDER BY ORDEREXECUTED",
                changelog);
    }

    @Test
    void reportsTheDatabaseProduct() {
        assertEquals(database.expectedProductName(), service.databaseProductName());
    }

    @Test
    void migrationRunsOnceAndASecondOpenIsANoOp() {
        EntityStore first = open(ITEMS);
        persist(first, "kept across restarts", 1);
        assertEquals(List.of("1-id-generator", "2-item"), changeSetIds(CHANGELOG));
        List<Object> executedAt = database.column("SELECT DATEEXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
        first.close();

        // a restart: a new service instance on the same database
        PersistenceServiceImpl restarted = new PersistenceServiceImpl(database.dataSource(), Duration.ofMinutes(5),
                Duration.ofSeconds(3));
        EntityStore second = open(restarted, ITEMS);

        assertEquals(List.of("1-id-generator", "2-item"), changeSetIds(CHANGELOG));
        assertEquals(executedAt,
                database.column("SELECT DATEEXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
        assertEquals(1L, (long) second.read(em -> em.createQuery("SELECT COUNT(i) FROM TestItem i", Long.class)
                .getSingleResult()));
        assertEquals(List.of(Boolean.FALSE), lockedFlags());
    }

    @Test
    void insertsReadsAndUpdates() {
        EntityStore store = open(ITEMS);
        long id = persist(store, "ủy ban mặt trận", 10);

        TestItem read = store.read(em -> em.find(TestItem.class, id));
        assertEquals("ủy ban mặt trận", read.getName());
        assertEquals(10, read.getAmount());
        long versionBefore = read.getVersion();

        store.run(em -> em.find(TestItem.class, id).setAmount(11));

        TestItem updated = store.read(em -> em.find(TestItem.class, id));
        assertEquals(11, updated.getAmount());
        assertEquals(versionBefore + 1, updated.getVersion());
        assertEquals(List.of(11), database.column("SELECT AMOUNT FROM PT_ITEM WHERE ID = ?", id).stream()
                .map(v -> ((Number) v).intValue()).collect(Collectors.toList()));
    }

    @Test
    void anExceptionRollsBackEverythingAndReachesTheCallerUnchanged() {
        EntityStore store = open(ITEMS);
        IllegalStateException thrown = new IllegalStateException("the citizen withdrew the request");

        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> store.run(em -> {
            em.persist(new TestItem("first", 1));
            em.flush();
            em.persist(new TestItem("second", 2));
            throw thrown;
        }));

        assertSame(thrown, caught);
        assertEquals(0, database.count("PT_ITEM"));
        // the store is still usable afterwards
        persist(store, "after the failure", 3);
        assertEquals(1, database.count("PT_ITEM"));
    }

    @Test
    void plainSqlOnTheCurrentTransactionCommitsAndRollsBackWithTheUnitOfWork() {
        EntityStore items = open(ITEMS);
        open(OTHERS);
        assertTrue(service.currentTransaction().isEmpty(), "no unit of work runs outside inTransaction");

        // another bundle's table written in plain SQL inside the items' unit of work, as the audit trail does
        items.run(em -> {
            em.persist(new TestItem("committed together", 1));
            insertOther(service.currentTransaction().orElseThrow(), 1, "joined and kept");
        });
        assertEquals(1, database.count("PT_ITEM"));
        assertEquals(List.of("joined and kept"), database.column("SELECT LABEL FROM PT2_RECORD"));

        IllegalStateException thrown = new IllegalStateException("the change failed after the joined write");
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> items.run(em -> {
            em.persist(new TestItem("rolled back", 2));
            insertOther(service.currentTransaction().orElseThrow(), 2, "joined and rolled back");
            throw thrown;
        })));
        // and the other way round: the joined write fails, the change is rolled back
        assertThrows(IllegalStateException.class, () -> items.run(em -> {
            em.persist(new TestItem("rolled back too", 3));
            insertOther(service.currentTransaction().orElseThrow(), 1, "a duplicate key");
        }));
        assertEquals(1, database.count("PT_ITEM"));
        assertEquals(1, database.count("PT2_RECORD"));

        boolean offeredInRead = items.read(em -> service.currentTransaction().isPresent());
        assertFalse(offeredInRead,
                "a read-only unit of work is never offered: it is always rolled back");
        assertTrue(service.currentTransaction().isEmpty(), "nothing is left behind on the thread");
        PersistenceServiceImpl otherDatabase = new PersistenceServiceImpl(database.dataSource(), Duration.ofMinutes(5),
                Duration.ofSeconds(3));
        boolean offeredByOther = items.inTransaction(em -> otherDatabase.currentTransaction().isPresent());
        assertFalse(offeredByOther,
                "a unit of work is offered only by the service whose store began it");
    }

    private static void insertOther(Connection connection, long id, String label) {
        try (PreparedStatement insert = connection
                .prepareStatement("INSERT INTO PT2_RECORD (ID, LABEL, VERSION) VALUES (?, ?, 0)")) {
            insert.setLong(1, id);
            insert.setString(2, label);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readNeverWrites() {
        EntityStore store = open(ITEMS);
        long id = persist(store, "unchanged", 5);

        int seen = store.read(em -> {
            em.find(TestItem.class, id).setAmount(99);
            em.persist(new TestItem("smuggled", 1));
            em.flush();
            return em.createQuery("SELECT COUNT(i) FROM TestItem i", Long.class).getSingleResult().intValue();
        });

        assertEquals(2, seen, "the work itself sees its own changes");
        assertEquals(1, database.count("PT_ITEM"));
        assertEquals(5, store.read(em -> em.find(TestItem.class, id)).getAmount());
    }

    @Test
    void aConstraintViolationFailsInsideTheCallAsAPersistenceException() {
        EntityStore store = open(ITEMS);
        persist(store, "unique name", 1);

        PersistenceException failure = assertThrows(PersistenceException.class,
                () -> persist(store, "unique name", 2));

        assertFalse(failure instanceof RollbackException, "raised by the flush, not wrapped by the commit");
        assertEquals(1, database.count("PT_ITEM"));
    }

    @Test
    void aStaleDetachedUpdateFailsWithOptimisticLockException() {
        EntityStore store = open(ITEMS);
        long id = persist(store, "contested", 1);
        TestItem staleCopy = store.read(em -> em.find(TestItem.class, id));
        store.run(em -> em.find(TestItem.class, id).setAmount(2));

        staleCopy.setAmount(3);
        assertThrows(OptimisticLockException.class, () -> store.run(em -> em.merge(staleCopy)));

        assertEquals(2, store.read(em -> em.find(TestItem.class, id)).getAmount());
    }

    @Test
    void aConcurrentCommitMakesTheLaterWriterFailWithOptimisticLockException() {
        EntityStore store = open(ITEMS);
        long id = persist(store, "contested", 1);

        assertThrows(OptimisticLockException.class, () -> store.run(em -> {
            TestItem mine = em.find(TestItem.class, id);
            // another user's unit of work commits in between
            store.run(other -> other.find(TestItem.class, id).setAmount(20));
            mine.setAmount(10);
        }));

        assertEquals(20, store.read(em -> em.find(TestItem.class, id)).getAmount());
    }

    @Test
    void aConflictInsideABatchedFlushIsStillAnOptimisticLockException() {
        EntityStore store = open(ITEMS);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(persist(store, "row " + i, i));
        }

        assertThrows(OptimisticLockException.class, () -> store.run(em -> {
            List<TestItem> mine = new ArrayList<>();
            ids.forEach(id -> mine.add(em.find(TestItem.class, id)));
            store.run(other -> other.find(TestItem.class, ids.get(3)).setAmount(300));
            // five UPDATEs of the same shape go out as one JDBC batch; one of them matches no row
            mine.forEach(item -> item.setAmount(item.getAmount() + 100));
        }));

        assertEquals(List.of(0, 1, 2, 300, 4), store.read(em -> em
                .createQuery("SELECT i.amount FROM TestItem i ORDER BY i.id", Integer.class).getResultList()));
    }

    @Test
    void insertsThousandsOfRowsInJdbcBatches() {
        EntityStore store = open(ITEMS);
        DatabaseSession session = ((TransactionalEntityStore) store).factory().unwrap(JpaEntityManagerFactory.class)
                .getDatabaseSession();
        assertTrue(session.getPlatform().usesJDBCBatchWriting());
        assertEquals(EntityManagerFactoryBuilder.BATCH_SIZE, session.getPlatform().getMaxBatchWritingSize());

        int rows = 5000;
        long started = System.nanoTime();
        store.run(em -> {
            for (int i = 0; i < rows; i++) {
                em.persist(new TestItem("batch " + i, i));
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(rows, database.count("PT_ITEM"));
        assertEquals(rows, store.read(em -> em.createQuery("SELECT COUNT(DISTINCT i.id) FROM TestItem i", Long.class)
                .getSingleResult()).intValue());
        System.err.println(getClass().getSimpleName() + ": " + rows + " rows inserted in one transaction in " + millis
                + " ms");
    }

    @Test
    void twoUnitsWithTheirOwnChangelogsShareTheDataSourceWithoutInterfering() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<EntityStore> opened;
        try {
            List<Future<EntityStore>> futures = pool.invokeAll(List.<Callable<EntityStore>>of(() -> open(ITEMS),
                    () -> open(OTHERS)));
            opened = new ArrayList<>();
            for (Future<EntityStore> future : futures) {
                opened.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        EntityStore items = opened.get(0);
        EntityStore others = opened.get(1);

        assertEquals(List.of("1-id-generator", "2-item"), changeSetIds(CHANGELOG));
        assertEquals(List.of("1-id-generator", "2-record"), changeSetIds(OTHER_CHANGELOG));
        assertEquals(Set.of(TestItem.class), managedTypes(items));
        assertEquals(Set.of(OtherRecord.class), managedTypes(others));

        persist(items, "item", 1);
        others.run(em -> em.persist(new OtherRecord("record")));
        assertEquals(1, database.count("PT_ITEM"));
        assertEquals(1, database.count("PT2_RECORD"));

        items.close();
        assertEquals("record", others.read(em -> em.createQuery("SELECT r FROM OtherRecord r", OtherRecord.class)
                .getSingleResult()).getLabel());
    }

    @Test
    void aUnitCannotBeOpenedTwiceAtTheSameTime() {
        EntityStore first = open(ITEMS);

        assertThrows(PersistenceSetupException.class, () -> open(ITEMS));

        first.close();
        EntityStore again = open(ITEMS);
        assertEquals(0L, (long) again.read(em -> em.createQuery("SELECT COUNT(i) FROM TestItem i", Long.class)
                .getSingleResult()));
    }

    @Test
    void aFailingChangelogIsReportedAndLeavesNoLockAndNoRecordOfTheFailedChangeSet() {
        PersistenceUnitDefinition broken = PersistenceUnitDefinition.of("persistencetest-broken", BROKEN_CHANGELOG,
                TestItem.class);

        PersistenceSetupException failure = assertThrows(PersistenceSetupException.class, () -> open(broken));

        assertTrue(failure.getMessage().contains(BROKEN_CHANGELOG), failure.getMessage());
        assertEquals(List.of("1-good"), changeSetIds(BROKEN_CHANGELOG));
        assertEquals(List.of(Boolean.FALSE), lockedFlags());
        // the unit name is free again and other units still migrate
        assertNotNull(open(ITEMS));
    }

    @Test
    void aMissingChangelogIsReported() {
        PersistenceUnitDefinition missing = PersistenceUnitDefinition.of("persistencetest-missing",
                "db/persistencetest-missing/changelog.xml", TestItem.class);

        PersistenceSetupException failure = assertThrows(PersistenceSetupException.class, () -> open(missing));

        assertTrue(failure.getMessage().contains("db/persistencetest-missing/changelog.xml"), failure.getMessage());
    }

    @Test
    void anUnchangedChangelogSkipsLiquibaseAndAChangedOneRunsItAgain() {
        open(ITEMS).close();
        List<Object> recorded = fingerprint();
        assertEquals(1, recorded.size());
        assertEquals(64, recorded.get(0).toString().strip().length(), recorded.toString());

        // unchanged: Liquibase is not even asked, so another node's live lock does not hold this start up
        lockAsIfHeldBy("other-node (10.0.0.8)", Duration.ZERO);
        long started = System.nanoTime();
        EntityStore store = open(ITEMS);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
        assertEquals(List.of(Boolean.TRUE), lockedFlags(), "not ours to release");
        persist(store, "no migration needed", 1);
        store.close();

        // changed (another fingerprint recorded): Liquibase runs, breaks the now stale lock and records anew
        lockAsIfHeldBy("killed-host (10.0.0.9)", Duration.ofHours(1));
        assertEquals(1, database.update("UPDATE " + SchemaFingerprints.TABLE + " SET changelog_sha256 = ?",
                "0".repeat(64)));
        open(ITEMS).close();
        assertEquals(List.of(Boolean.FALSE), lockedFlags());
        assertEquals(recorded, fingerprint());
        assertEquals(List.of("1-id-generator", "2-item"), changeSetIds(CHANGELOG));

        // same changelog, but Liquibase's history is not the one recorded with it (an older backup loaded over the
        // table): Liquibase runs again
        lockAsIfHeldBy("killed-host (10.0.0.9)", Duration.ofHours(1));
        assertEquals(1, database.update("UPDATE " + SchemaFingerprints.TABLE + " SET changesets_run = 1"));
        open(ITEMS).close();
        assertEquals(List.of(Boolean.FALSE), lockedFlags());
        assertEquals(List.of(2L), database.column("SELECT changesets_run FROM " + SchemaFingerprints.TABLE).stream()
                .map(v -> ((Number) v).longValue()).toList());
    }

    @Test
    void aChangelogLockLeftByAKilledProcessIsReleased() {
        open(ITEMS).close();
        forgetFingerprints();
        lockAsIfHeldBy("killed-host (10.0.0.9)", Duration.ofHours(1));

        long started = System.nanoTime();
        EntityStore store = open(ITEMS);

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0);
        assertEquals(List.of(Boolean.FALSE), lockedFlags());
        persist(store, "after the crash", 1);
    }

    @Test
    void aLiveChangelogLockIsWaitedForAndThenReportedNotWaitedOnForever() {
        open(ITEMS).close();
        forgetFingerprints();
        lockAsIfHeldBy("other-node (10.0.0.8)", Duration.ZERO);

        long started = System.nanoTime();
        PersistenceSetupException failure = assertThrows(PersistenceSetupException.class, () -> open(ITEMS));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(failure.getMessage().contains("other-node"), failure.getMessage());
        assertTrue(waited.compareTo(Duration.ofSeconds(3)) >= 0 && waited.compareTo(Duration.ofSeconds(15)) < 0,
                "waited " + waited);
        assertEquals(List.of(Boolean.TRUE), lockedFlags(), "a live lock is not broken");
    }

    @Test
    void writesNothingToStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EntityStore store = open(ITEMS);
            persist(store, "quiet", 1);
            assertThrows(PersistenceException.class, () -> persist(store, "quiet", 2));
            store.read(em -> em.createQuery("SELECT i FROM TestItem i", TestItem.class).getResultList());
            store.close();
            assertThrows(PersistenceSetupException.class, () -> open(PersistenceUnitDefinition
                    .of("persistencetest-broken", BROKEN_CHANGELOG, TestItem.class)));
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    @Test
    void closingTheServiceClosesUnitsItsOwnersForgot() {
        EntityStore store = open(ITEMS);

        service.deactivate();

        assertFalse(((TransactionalEntityStore) store).factory().isOpen());
        assertThrows(IllegalStateException.class, () -> store.read(em -> em.find(TestItem.class, 1L)));
        // the unit name is free for the next service instance
        assertNotNull(open(new PersistenceServiceImpl(database.dataSource(), Duration.ofMinutes(5),
                Duration.ofSeconds(3)), ITEMS));
    }

    private Set<Class<?>> managedTypes(EntityStore store) {
        return store.read(em -> em.getMetamodel().getManagedTypes().stream().map(ManagedType::getJavaType)
                .collect(Collectors.toSet()));
    }

    private List<Object> fingerprint() {
        return database.column("SELECT changelog_sha256 FROM " + SchemaFingerprints.TABLE + " WHERE unit_name = ?",
                ITEMS.name());
    }

    /** As if the changelog had changed since the last migration: the next open runs Liquibase. */
    private void forgetFingerprints() {
        database.update("DELETE FROM " + SchemaFingerprints.TABLE);
    }

    private List<Object> lockedFlags() {
        return database.column("SELECT LOCKED FROM DATABASECHANGELOGLOCK").stream()
                .map(v -> v instanceof Number ? ((Number) v).intValue() == 1 : v).collect(Collectors.toList());
    }

    private void lockAsIfHeldBy(String lockedBy, Duration age) {
        Timestamp now = (Timestamp) database.column("SELECT CURRENT_TIMESTAMP").stream()
                .map(v -> v instanceof Timestamp ? v : toTimestamp(v)).findFirst().orElseThrow();
        Timestamp granted = Timestamp.from(now.toInstant().minus(age));
        assertEquals(1, database.update("UPDATE DATABASECHANGELOGLOCK SET LOCKED = ?, LOCKGRANTED = ?, LOCKEDBY = ?"
                + " WHERE ID = 1", Boolean.TRUE, granted, lockedBy));
    }

    private static Timestamp toTimestamp(Object value) {
        if (value instanceof java.time.OffsetDateTime) {
            return Timestamp.from(((java.time.OffsetDateTime) value).toInstant());
        }
        if (value instanceof java.time.LocalDateTime) {
            return Timestamp.valueOf((java.time.LocalDateTime) value);
        }
        throw new IllegalArgumentException("unexpected timestamp type " + value.getClass());
    }
}
