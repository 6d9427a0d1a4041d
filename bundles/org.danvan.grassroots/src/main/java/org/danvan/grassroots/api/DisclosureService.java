package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a commune discloses (Law 10/2022, arts. 11–13): items with their group, decision and forms, and the flags the
 * rules raise (late start, removed early, loudspeaker missing or too short). Reading needs
 * {@link GrassrootsPermissions#VIEW} or {@link GrassrootsPermissions#MANAGE_DISCLOSURES}; changing needs the latter at
 * the disclosing unit. Every change is audited.
 * <p>
 * Refusals: {@link org.danvan.platform.api.validation.ValidationException},
 * {@link org.danvan.platform.api.security.AccessDeniedException}, {@link jakarta.persistence.OptimisticLockException}.
 */
@ProviderType
public interface DisclosureService {

    /** Translation key: the disclosure was deleted meanwhile. */
    String GONE = "grassroots.error.gone";
    /** The largest page {@link #list} returns. */
    int MAX_PAGE_SIZE = 500;

    /** The 14 groups of art. 11, in order. */
    List<ContentGroup> contentGroups();

    /** A page of the disclosures the user may read, the latest decision first. */
    List<Disclosure> list(UserPrincipal user, int offset, int limit);

    /** How many disclosures the user may read. */
    long count(UserPrincipal user);

    /**
     * The disclosures of a unit and its subtree whose decision falls in a period, oldest first, as far as the user may
     * read them (for reports and evidence).
     */
    List<Disclosure> inPeriod(UserPrincipal user, long unitId, LocalDate from, LocalDate to);

    /** Records a disclosure. */
    Disclosure create(DisclosureDraft draft, UserPrincipal user);

    /** Changes a disclosure the user read at {@code expectedVersion}. */
    Disclosure update(long id, long expectedVersion, DisclosureDraft draft, UserPrincipal user);

    /** Deletes a disclosure the user read at {@code expectedVersion}. */
    void delete(long id, long expectedVersion, UserPrincipal user);
}
