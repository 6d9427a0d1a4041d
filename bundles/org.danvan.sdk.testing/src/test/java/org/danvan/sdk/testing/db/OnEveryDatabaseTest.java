package org.danvan.sdk.testing.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The class runs once per database; every test gets its own, empty database. */
@OnEveryDatabase
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnEveryDatabaseTest {

    private static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("kittest",
            "db/kittest/changelog.xml", KitItem.class);

    private TestDatabase database;
    private EntityStore store;

    @BeforeEach
    void open(TestDatabase database, DatabaseKind kind) {
        this.database = database;
        assertEquals(kind, database.kind());
        store = database.open(UNIT);
    }

    @Test
    @Order(1)
    void theDatabaseIsTheKindOfThisRunAndSpeaksVietnamese(TestDatabase sameDatabase) {
        assertSame(database, sameDatabase, "the test and its @BeforeEach share one database");
        assertEquals(database.kind().productName(), database.databaseProductName());
        store.run(em -> em.persist(new KitItem("Thôn Đông — 𡨸")));
        assertEquals(List.of("Thôn Đông — 𡨸"), database.column("SELECT name FROM kt_item"));
    }

    @Test
    @Order(2)
    void eachTestStartsEmpty() {
        assertEquals(0, database.count("kt_item"));
        store.run(em -> em.persist(new KitItem("một")));
        assertEquals(1, database.update("UPDATE kt_item SET name = ?", "hai"));
        assertEquals(List.of("hai"), database.column("SELECT name FROM kt_item"));
    }
}
