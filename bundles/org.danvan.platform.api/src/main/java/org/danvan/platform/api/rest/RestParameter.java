package org.danvan.platform.api.rest;

import java.util.Objects;

/**
 * A path or query parameter, as the OpenAPI document describes it.
 *
 * @param name the name
 * @param in {@code path} or {@code query}
 * @param type the JSON schema type: {@code string}, {@code integer} or {@code boolean}
 * @param required whether it must be given (path parameters always are)
 * @param description one line in English
 */
public record RestParameter(String name, String in, String type, boolean required, String description) {

    public RestParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!"path".equals(in) && !"query".equals(in)) {
            throw new IllegalArgumentException("in must be path or query: " + in);
        }
    }

    /** A path parameter. */
    public static RestParameter path(String name, String type, String description) {
        return new RestParameter(name, "path", type, true, description);
    }

    /** An optional query parameter. */
    public static RestParameter query(String name, String type, String description) {
        return new RestParameter(name, "query", type, false, description);
    }
}
