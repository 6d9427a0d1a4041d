package org.danvan.cases.api.feed;

/**
 * Whether a case changed: its optimistic-lock version and the number of its steps (a step such as an attachment
 * added may leave the case row untouched).
 *
 * @param id the case's id
 * @param version the case row's version
 * @param steps how many steps its timeline has
 */
public record CaseMarker(long id, long version, long steps) {

    /** The marker as one text, e.g. {@code 4.7}: equal texts mean nothing the feed shows has changed. */
    public String text() {
        return version + "." + steps;
    }
}
