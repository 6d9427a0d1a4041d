package org.danvan.platform.persistence.internal;

import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.danvan.platform.persistence.api.PersistenceSetupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;

/**
 * Takes Liquibase's {@code DATABASECHANGELOGLOCK} for one update, releasing a lock that a killed process left behind.
 * <p>
 * Liquibase's own wait gives up after five minutes and never breaks a lock, so a process killed while migrating would
 * block every later start until someone clears the row by hand. Here a lock granted more than {@code staleAfter} ago
 * is taken to be such a leftover and released (with a warning); a younger one is waited for, polling every second,
 * for at most {@code maxWait}. With {@code maxWait > staleAfter} (the service uses staleAfter + 1 minute) a start
 * after a crash therefore always goes through, at the latest once the leftover lock has aged. The age is measured with
 * the database's clock, which also wrote the lock's grant time, so clock and time-zone differences between nodes do
 * not matter. The price: a migration on another node running longer than {@code staleAfter} would lose its lock.
 */
final class ChangelogLock {

    private static final Logger LOG = LoggerFactory.getLogger(ChangelogLock.class);
    private static final long POLL_MILLIS = 1000;

    private final Database database;
    private final LockService lockService;
    private final Duration staleAfter;
    private final Duration maxWait;

    ChangelogLock(Database database, LockService lockService, Duration staleAfter, Duration maxWait) {
        this.database = database;
        this.lockService = lockService;
        this.staleAfter = staleAfter;
        this.maxWait = maxWait;
    }

    /** Returns once {@link LockService#hasChangeLogLock()} is true, or throws when the lock stays held by another. */
    void acquire(String unitName) throws Exception {
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean logged = false;
        while (!lockService.acquireLock()) {
            DatabaseChangeLogLock[] locks = lockService.listLocks();
            Instant now = databaseNow();
            DatabaseChangeLogLock stale = findStale(locks, now);
            if (stale != null) {
                LOG.warn("Releasing the Liquibase changelog lock held by '{}' since {} ({} old, older than {}): "
                        + "taken to be left by a process that died while migrating", stale.getLockedBy(),
                        stale.getLockGranted(), age(stale, now), staleAfter);
                lockService.forceReleaseLock();
                continue;
            }
            if (System.nanoTime() - deadline > 0) {
                String holder = locks.length == 0 ? "unknown" : locks[0].getLockedBy() + " since " + locks[0].getLockGranted();
                throw new PersistenceSetupException("Persistence unit '" + unitName + "': the Liquibase changelog lock "
                        + "is held by " + holder + " and was not released within " + maxWait
                        + ". If no migration is running, delete the row's lock (UPDATE DATABASECHANGELOGLOCK SET "
                        + "LOCKED=FALSE) or wait until it is older than " + staleAfter + ".", null);
            }
            if (!logged) {
                LOG.info("Persistence unit '{}' waits for the Liquibase changelog lock held by {}", unitName,
                        locks.length == 0 ? "unknown" : locks[0].getLockedBy());
                logged = true;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private DatabaseChangeLogLock findStale(DatabaseChangeLogLock[] locks, Instant now) {
        for (DatabaseChangeLogLock lock : locks) {
            // a lock without grant time was not written by Liquibase's lock service: nothing to wait for
            if (lock.getLockGranted() == null || age(lock, now).compareTo(staleAfter) > 0) {
                return lock;
            }
        }
        return null;
    }

    private static Duration age(DatabaseChangeLogLock lock, Instant now) {
        Date granted = lock.getLockGranted();
        return granted == null ? Duration.ZERO : Duration.between(granted.toInstant(), now);
    }

    /** The database's current time, read through the same JDBC conversion as the lock's grant time. */
    private Instant databaseNow() throws Exception {
        JdbcConnection connection = (JdbcConnection) database.getConnection();
        try (Statement statement = connection.getUnderlyingConnection().createStatement();
                ResultSet result = statement.executeQuery("SELECT " + database.getCurrentDateTimeFunction())) {
            result.next();
            Timestamp now = result.getTimestamp(1);
            return now.toInstant();
        }
    }
}
