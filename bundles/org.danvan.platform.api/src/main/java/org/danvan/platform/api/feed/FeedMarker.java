package org.danvan.platform.api.feed;

/**
 * Whether a record changed since an adapter last read it.
 *
 * @param id the record's id
 * @param marker a short text (at most 64 characters) that changes whenever anything the record's export view shows
 *            changes, e.g. its optimistic-lock version
 */
public record FeedMarker(long id, String marker) {
}
