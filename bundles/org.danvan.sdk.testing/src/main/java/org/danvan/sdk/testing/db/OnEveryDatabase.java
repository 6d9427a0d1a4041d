package org.danvan.sdk.testing.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test of the class once on H2 and once on MariaDB (a JUnit 5 class template): the same contract, both
 * databases DanVan supports. Each test gets a fresh, empty {@link TestDatabase} as a parameter of a
 * {@code @BeforeEach} method or of the test method itself (the same one for both), closed after the test; a
 * {@code @BeforeAll} parameter gives one database to the whole class for that run.
 *
 * <pre>{@code
 * @OnEveryDatabase
 * class NoticeServiceTest {
 *
 *     private NoticeServiceImpl service;
 *
 *     @BeforeEach
 *     void start(TestDatabase database) {
 *         service = new NoticeServiceImpl(database, access, audit, clock);
 *     }
 *
 *     @Test
 *     void createsANotice() { ... }     // runs as "H2 > createsANotice()" and "MariaDB > createsANotice()"
 * }
 * }</pre>
 *
 * The system property {@code danvan.test.databases} ({@code h2}, {@code mariadb} or {@code h2,mariadb}, the default)
 * narrows the runs, e.g. on a laptop without MariaDB; builds that deliver a module run both.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ClassTemplate
@ExtendWith(EveryDatabaseExtension.class)
public @interface OnEveryDatabase {
}
