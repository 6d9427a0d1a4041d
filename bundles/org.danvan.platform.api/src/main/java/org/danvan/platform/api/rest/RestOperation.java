package org.danvan.platform.api.rest;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One operation of a {@link RestResource}: what the OpenAPI document says about it and the code that answers it.
 *
 * @param method the HTTP method: {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * @param path the path below {@code /api/v1}, e.g. {@code /cases/{ref}/steps}
 * @param operationId a unique id for the OpenAPI document, e.g. {@code getCaseSteps}
 * @param summary one line in English for the document
 * @param permission the permission the caller's token must carry in its scope, {@code null} for any valid token;
 *            the handler's service still decides with {@code AccessControl} on the user's roles
 * @param parameters the query and path parameters
 * @param requestBody a description of the JSON body for the document, {@code null} when the operation takes none
 * @param handler the code that answers
 */
public record RestOperation(String method, String path, String operationId, String summary, String permission,
        List<RestParameter> parameters, RestBody requestBody, RestHandler handler) {

    private static final Pattern PATH = Pattern.compile("(/([a-z0-9][a-z0-9._-]*|\\{[a-zA-Z][a-zA-Z0-9]*\\}))+");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public RestOperation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("malformed path " + path);
        }
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /** A GET operation. */
    public static RestOperation get(String path, String operationId, String summary, String permission,
            List<RestParameter> parameters, RestHandler handler) {
        return new RestOperation("GET", path, operationId, summary, permission, parameters, null, handler);
    }

    /** A POST operation with a JSON body. */
    public static RestOperation post(String path, String operationId, String summary, String permission,
            RestBody body, RestHandler handler) {
        return new RestOperation("POST", path, operationId, summary, permission, List.of(), body, handler);
    }
}
