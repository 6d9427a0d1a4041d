package org.danvan.platform.persistence.api;

import org.danvan.platform.api.validation.ValidationException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * What every service does with a record a user names by id and version: find it or say it is gone, and refuse a
 * change made on an older version than the stored one (another user changed it meanwhile).
 *
 * @since 1.2.0
 */
public final class Records {

    private Records() {
    }

    /**
     * The entity with the id, in the unit of work's entity manager.
     *
     * @param goneKey the translation key of the refusal when no such record exists (another user removed it meanwhile)
     * @throws ValidationException with {@code goneKey} and no field when it does not exist
     */
    public static <T> T found(EntityManager em, Class<T> type, long id, String goneKey) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw ValidationException.of(null, goneKey);
        }
        return entity;
    }

    /**
     * Refuses a change to a record whose stored version is not the one the user saw.
     *
     * @param what the record, for the exception's message (not shown to users: the platform translates the
     *            optimistic-lock refusal itself)
     * @throws OptimisticLockException when the versions differ
     */
    public static void expectVersion(long stored, long seen, String what) {
        if (stored != seen) {
            throw new OptimisticLockException(what + " changed meanwhile");
        }
    }
}
