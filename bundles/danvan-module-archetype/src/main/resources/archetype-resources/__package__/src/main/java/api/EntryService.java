package ${package}.api;

import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The register. Every call decides with the platform's access control, whoever calls: a user reads and changes the
 * entries of the units where {@link #MANAGE} is held (a unit's subtree included) and records entries for their own
 * unit. Every change is audited.
 * <p>
 * Refusals: {@link org.danvan.platform.api.validation.ValidationException} (a draft that breaks a rule, each
 * violation naming its field; an entry deleted meanwhile), {@link org.danvan.platform.api.security.AccessDeniedException}
 * (no permission), {@link jakarta.persistence.OptimisticLockException} (changed since the caller read it).
 */
@ProviderType
public interface EntryService {

    /** The module's permission: keep the register of a unit. */
    String MANAGE = "${moduleId}.manage";
    /** Translation key: the entry was deleted meanwhile. */
    String GONE = "${moduleId}.error.gone";
    /** Translation key: the user belongs to no unit to record for. */
    String NO_UNIT = "${moduleId}.validation.unit.required";
    /** The largest page {@link #list} returns. */
    int MAX_PAGE_SIZE = 500;

    /** A page of the entries the user may read, the latest day first. */
    List<Entry> list(UserPrincipal user, int offset, int limit);

    /** How many entries the user may read. */
    long count(UserPrincipal user);

    /** Records an entry for the user's own unit. */
    Entry create(EntryDraft draft, UserPrincipal user);

    /** Changes an entry the user read at {@code expectedVersion}. */
    Entry update(long id, long expectedVersion, EntryDraft draft, UserPrincipal user);

    /** Deletes an entry the user read at {@code expectedVersion}. */
    void delete(long id, long expectedVersion, UserPrincipal user);
}
