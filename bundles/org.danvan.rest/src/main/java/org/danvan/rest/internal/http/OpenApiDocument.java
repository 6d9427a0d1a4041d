package org.danvan.rest.internal.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.danvan.platform.api.rest.RestBody;
import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestParameter;

/** The OpenAPI 3.0 document of the operations registered now, built from their descriptions. */
public final class OpenApiDocument {

    /** The document's own path below {@code /api/v1}. */
    public static final String PATH = "/openapi.json";
    /** The browsable page's path below {@code /api/v1}. */
    public static final String DOCS_PATH = "/docs";

    private OpenApiDocument() {
    }

    /** The document as a JSON tree. */
    public static Map<String, Object> of(List<Routes.Route> routes, String version) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", map("title", "DanVan API", "version", version, "description",
                "Cases, org units and reports of DanVan. Authenticate with a personal access token:"
                        + " Authorization: Bearer dvt_... Identities of denouncers are never returned."));
        doc.put("servers", List.of(map("url", "/api/v1")));
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", map("token", map("type", "http", "scheme", "bearer",
                "description", "A personal access token created on the API tokens screen")));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "object");
        error.put("properties", map("error", map("type", "string"), "message", map("type", "string"),
                "violations", map("type", "array", "items", map("type", "object", "properties",
                        map("field", map("type", "string"), "key", map("type", "string"),
                                "message", map("type", "string"))))));
        components.put("schemas", map("Error", error));
        doc.put("components", components);
        doc.put("security", List.of(map("token", List.of())));

        Map<String, Object> tags = new LinkedHashMap<>();
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        Map<String, Object> openApiGet = new LinkedHashMap<>();
        openApiGet.put("operationId", "getOpenApiDocument");
        openApiGet.put("summary", "This document");
        openApiGet.put("tags", List.of("meta"));
        openApiGet.put("security", List.of());
        openApiGet.put("responses", map("200", map("description", "The OpenAPI document")));
        paths.put(PATH, new LinkedHashMap<>(Map.of("get", openApiGet)));
        tags.put("meta", map("name", "meta"));
        for (Routes.Route route : routes) {
            RestOperation op = route.operation();
            tags.putIfAbsent(route.tag(), map("name", route.tag()));
            paths.computeIfAbsent(op.path(), p -> new LinkedHashMap<>())
                    .put(op.method().toLowerCase(java.util.Locale.ROOT), operation(route.tag(), op));
        }
        doc.put("tags", List.copyOf(tags.values()));
        doc.put("paths", paths);
        return doc;
    }

    private static Map<String, Object> operation(String tag, RestOperation op) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("operationId", op.operationId());
        out.put("summary", op.summary());
        out.put("tags", List.of(tag));
        if (op.permission() != null) {
            out.put("description", "Needs the permission " + op.permission() + " in the token's scope.");
        }
        if (!op.parameters().isEmpty()) {
            out.put("parameters", op.parameters().stream().map(OpenApiDocument::parameter).toList());
        }
        if (op.requestBody() != null) {
            out.put("requestBody", body(op.requestBody()));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> errorContent = map("application/json", map("schema", map("$ref",
                "#/components/schemas/Error")));
        responses.put("POST".equals(op.method()) ? "201" : "200", map("description", "Success",
                "content", map("application/json", map("schema", map("type", "object")))));
        responses.put("401", map("description", "No valid token", "content", errorContent));
        responses.put("403", map("description", "Not permitted", "content", errorContent));
        responses.put("404", map("description", "Not found or not visible", "content", errorContent));
        responses.put("422", map("description", "Refused input, messages in the Accept-Language",
                "content", errorContent));
        responses.put("429", map("description", "Rate limit of the token reached; see Retry-After",
                "content", errorContent));
        out.put("responses", responses);
        return out;
    }

    private static Map<String, Object> parameter(RestParameter p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("in", p.in());
        out.put("required", p.required());
        out.put("description", p.description());
        out.put("schema", map("type", p.type()));
        return out;
    }

    private static Map<String, Object> body(RestBody body) {
        Map<String, Object> properties = new LinkedHashMap<>();
        body.properties().forEach((name, type) -> properties.put(name, "array".equals(type)
                ? map("type", "array", "items", map("type", "object")) : map("type", type)));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!body.required().isEmpty()) {
            schema.put("required", List.copyOf(new TreeSet<>(body.required())));
        }
        return map("description", body.description(), "required", true, "content",
                map("application/json", map("schema", schema)));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** A plain HTML page listing the operations (no script, no CDN). */
    public static String html(List<Routes.Route> routes) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>DanVan API v1</title><style>body{font-family:sans-serif;max-width:60em;margin:1em auto;"
                + "padding:0 1em}code{background:#eee;padding:0 .2em}table{border-collapse:collapse;width:100%}"
                + "td,th{border-bottom:1px solid #ccc;text-align:left;padding:.3em;vertical-align:top}</style>"
                + "</head><body><h1>DanVan API v1</h1><p>Send a personal access token (screen “API tokens”) as "
                + "<code>Authorization: Bearer dvt_…</code>. The machine-readable description is "
                + "<a href=\"openapi.json\">openapi.json</a> (OpenAPI 3.0).</p><table id=\"operations\">"
                + "<tr><th>Method</th><th>Path</th><th>Summary</th><th>Permission</th><th>Parameters</th></tr>");
        for (Routes.Route route : routes) {
            RestOperation op = route.operation();
            out.append("<tr><td>").append(op.method()).append("</td><td><code>/api/v1")
                    .append(escape(op.path())).append("</code></td><td>").append(escape(op.summary()))
                    .append("</td><td>").append(op.permission() == null ? "" : escape(op.permission()))
                    .append("</td><td>");
            for (RestParameter p : op.parameters()) {
                out.append("<code>").append(escape(p.name())).append("</code> (").append(p.in()).append(") ")
                        .append(escape(p.description())).append("<br>");
            }
            if (op.requestBody() != null) {
                out.append("JSON body: ").append(escape(op.requestBody().description())).append(" — ")
                        .append(escape(String.join(", ", op.requestBody().properties().keySet())));
            }
            out.append("</td></tr>");
        }
        return out.append("</table></body></html>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
