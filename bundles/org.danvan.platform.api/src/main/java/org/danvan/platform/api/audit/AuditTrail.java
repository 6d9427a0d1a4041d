package org.danvan.platform.api.audit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only, hash-chained audit log every bundle writes to: logins and failed logins, permission and role
 * changes, record changes and every reveal of protected data.
 * <p>
 * {@link #record} returns only once the entry is committed. Write it <em>before</em> revealing protected data (so a
 * reveal that cannot be audited does not happen) and right after committing a record change.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Appends an entry to the chain, durably. Called inside a read-write unit of work of the platform's persistence
     * service, the entry joins that transaction: it commits with the change it records or not at all, and a failure
     * here rolls the change back. Outside one, it is committed before this method returns.
     *
     * @param event what happened
     * @return the stored entry
     * @throws RuntimeException if it could not be stored; the caller must then not reveal protected data
     */
    AuditEntry record(AuditEvent event);

    /**
     * Reads entries, newest first.
     *
     * @param filter criteria
     * @param offset entries to skip
     * @param limit maximum entries to return
     * @return the page
     */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    /** The number of entries matching a filter. */
    long count(AuditFilter filter);

    /**
     * Recomputes the chain from the first entry and reports the first entry whose content, hash or sequence does not
     * match — a row edited, deleted or inserted directly in the database.
     */
    ChainVerification verify();
}
