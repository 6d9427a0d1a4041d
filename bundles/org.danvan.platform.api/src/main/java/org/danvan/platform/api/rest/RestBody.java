package org.danvan.platform.api.rest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON object an operation takes, as the OpenAPI document describes it: its properties with their JSON schema
 * types ({@code string}, {@code integer}, {@code boolean}, {@code object}, {@code array}) and the required ones.
 *
 * @param description one line in English
 * @param properties property name to JSON schema type, in document order
 * @param required the names of the required properties
 */
public record RestBody(String description, Map<String, String> properties, List<String> required) {

    public RestBody {
        Objects.requireNonNull(description, "description");
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        required = required == null ? List.of() : List.copyOf(required);
    }
}
