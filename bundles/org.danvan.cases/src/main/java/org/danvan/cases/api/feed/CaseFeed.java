package org.danvan.cases.api.feed;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The case engine's change feed. It asks no user: it is meant for a background adapter of the whole installation, and
 * hands out only the export view ({@link FeedCase}), in which a denunciation's petitioners are never present.
 */
@ProviderType
public interface CaseFeed {

    /** Most ids {@link #markers} answers at once, and most cases {@link #read} returns at once. */
    int MAX_PAGE = 500;

    /**
     * The change markers of the cases whose id is greater than {@code afterId}, in id order. A caller that walks the
     * whole list (each page from the last id of the previous one) sees every committed case, whatever node or
     * transaction wrote it and however late it committed: there is no time window to miss.
     *
     * @param afterId the last id of the previous page, 0 for the first
     * @param limit at most this many, 1 to {@link #MAX_PAGE}
     */
    List<CaseMarker> markers(long afterId, int limit);

    /**
     * The export view of the given cases, in id order; ids of cases that no longer exist are left out.
     *
     * @param ids at most {@link #MAX_PAGE} ids
     */
    List<FeedCase> read(Collection<Long> ids);
}
