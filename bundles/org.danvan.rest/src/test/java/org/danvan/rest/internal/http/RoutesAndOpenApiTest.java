package org.danvan.rest.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.danvan.platform.api.rest.RestBody;
import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestParameter;
import org.danvan.platform.api.rest.RestResource;
import org.danvan.platform.api.rest.RestResponse;
import org.junit.jupiter.api.Test;

class RoutesAndOpenApiTest {

    private static RestResource resource(String tag, RestOperation... operations) {
        return new RestResource() {
            @Override
            public String tag() {
                return tag;
            }

            @Override
            public List<RestOperation> operations() {
                return List.of(operations);
            }
        };
    }

    private final RestResource cases = resource("cases",
            RestOperation.get("/cases", "searchCases", "Search", "case.view", List.of(), r -> RestResponse.ok(1)),
            RestOperation.get("/cases/{ref}", "getCase", "One", "case.view",
                    List.of(RestParameter.path("ref", "string", "id")), r -> RestResponse.ok(2)),
            RestOperation.get("/cases/{ref}/steps", "getCaseSteps", "Steps", "case.view",
                    List.of(RestParameter.path("ref", "string", "id")), r -> RestResponse.ok(3)),
            RestOperation.get("/cases/export", "exportCases", "Literal wins", null, List.of(), r -> RestResponse.ok(4)),
            RestOperation.post("/cases", "createCase", "Intake", "case.intake",
                    new RestBody("letter", Map.of("unit", "string"), List.of("unit")), r -> RestResponse.ok(5)));

    @Test
    void matchesMethodsPathsAndVariables() {
        Routes routes = new Routes();
        routes.add(cases);
        assertEquals("searchCases", routes.match("GET", "/cases").orElseThrow().route().operation().operationId());
        assertEquals("createCase", routes.match("POST", "/cases").orElseThrow().route().operation().operationId());
        Routes.Match one = routes.match("GET", "/cases/2026-000042").orElseThrow();
        assertEquals("getCase", one.route().operation().operationId());
        assertEquals(Map.of("ref", "2026-000042"), one.variables());
        assertEquals("getCaseSteps", routes.match("GET", "/cases/17/steps").orElseThrow().route().operation()
                .operationId());
        assertEquals("exportCases", routes.match("GET", "/cases/export").orElseThrow().route().operation()
                .operationId());
        assertTrue(routes.match("GET", "/cases/1/2").isEmpty());
        assertTrue(routes.match("DELETE", "/cases").isEmpty());
        assertTrue(routes.pathExists("/cases"), "405 rather than 404");
        assertFalse(routes.pathExists("/nothing"));
        routes.remove(cases);
        assertTrue(routes.match("GET", "/cases").isEmpty(), "operations leave with their resource");
    }

    @Test
    void aSecondDeclarationOfTheSameOperationIsLeftOut() {
        Routes routes = new Routes();
        routes.add(cases);
        routes.add(resource("other", RestOperation.get("/cases", "otherSearch", "Twice", null, List.of(),
                r -> RestResponse.ok(9))));
        assertEquals("searchCases", routes.match("GET", "/cases").orElseThrow().route().operation().operationId());
        assertEquals(5, routes.all().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentListsEveryOperationAndParsesAsJson() {
        Routes routes = new Routes();
        routes.add(cases);
        String text = Json.write(OpenApiDocument.of(routes.all(), "1.1.0"));
        Map<String, Object> doc = (Map<String, Object>) Json.read(text);
        assertEquals("3.0.3", doc.get("openapi"));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        assertEquals(List.of("/openapi.json", "/cases", "/cases/export", "/cases/{ref}", "/cases/{ref}/steps"),
                List.copyOf(paths.keySet()));
        assertEquals(List.of("get", "post"), List.copyOf(paths.get("/cases").keySet()));
        Map<String, Object> post = (Map<String, Object>) paths.get("/cases").get("post");
        assertEquals("createCase", post.get("operationId"));
        assertTrue(((Map<String, Object>) post.get("responses")).containsKey("201"));
        assertTrue(((Map<String, Object>) post.get("responses")).containsKey("422"));
        Map<String, Object> one = (Map<String, Object>) paths.get("/cases/{ref}").get("get");
        Map<String, Object> ref = ((List<Map<String, Object>>) one.get("parameters")).get(0);
        assertEquals("path", ref.get("in"));
        assertEquals(true, ref.get("required"));
        // every operationId is unique
        long ids = paths.values().stream().flatMap(p -> p.values().stream())
                .map(o -> ((Map<String, Object>) o).get("operationId")).distinct().count();
        assertEquals(6, ids);
    }

    @Test
    void theHtmlPageEscapesDescriptions() {
        Routes routes = new Routes();
        routes.add(resource("x", RestOperation.get("/x", "x", "a <b> & c", null, List.of(), r -> null)));
        String html = OpenApiDocument.html(routes.all());
        assertTrue(html.contains("a &lt;b&gt; &amp; c"), html);
        assertTrue(html.contains("/api/v1/x"));
    }
}
