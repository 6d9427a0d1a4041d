package org.danvan.cases.api;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the rows
 * @param total rows matching in all
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
