package org.danvan.platform.api.rest;

import java.util.Map;

/**
 * What an operation answers: a status and a JSON body written from a tree of {@code Map}s (insertion order kept),
 * {@code List}s, {@code String}s, numbers, {@code Boolean}s, {@code null}, enums (their names) and dates and times
 * (ISO-8601 text).
 *
 * @param status the HTTP status
 * @param body the body, {@code null} for none
 */
public record RestResponse(int status, Object body) {

    /** 200 with a body. */
    public static RestResponse ok(Object body) {
        return new RestResponse(200, body);
    }

    /** 201 with a body (the created record). */
    public static RestResponse created(Object body) {
        return new RestResponse(201, body);
    }

    /**
     * 404: the record does not exist or lies outside what the caller may see (the two are not told apart, so a
     * caller cannot probe other units' records).
     */
    public static RestResponse notFound() {
        return new RestResponse(404, Map.of("error", "not-found"));
    }
}
