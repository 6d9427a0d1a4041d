package org.danvan.platform.api.feed;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One record type a module offers to export adapters, registered as an OSGi service (any number of them; an adapter
 * takes them as they come and go, so a module without the adapter, or the adapter without the module, works alone).
 * It asks no user: it serves background adapters of the whole installation, and hands out only the export view.
 */
@ConsumerType
public interface RecordFeed {

    /** Most ids {@link #markers} answers at once, and most records {@link #read} returns at once. */
    int MAX_PAGE = 500;

    /**
     * The record type, lower case letters, digits and hyphens, unique in the installation, e.g.
     * {@code reception-entry}. It is part of every exported record's key, so it never changes.
     */
    String recordType();

    /**
     * The change markers of the records whose id is greater than {@code afterId}, in id order. A caller that walks the
     * whole list (each page from the last id of the previous one) sees every committed record: no time window.
     *
     * @param afterId the last id of the previous page, 0 for the first
     * @param limit at most this many, 1 to {@link #MAX_PAGE}
     */
    List<FeedMarker> markers(long afterId, int limit);

    /**
     * The export view of the given records, in id order; ids of records that no longer exist, or that are not to be
     * exported yet, are left out (an adapter asks again at its next pass).
     *
     * @param ids at most {@link #MAX_PAGE} ids
     */
    List<FeedRecord> read(Collection<Long> ids);
}
