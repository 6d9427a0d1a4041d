package org.danvan.rest.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.rest.RestBody;
import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestParameter;
import org.danvan.platform.api.rest.RestResource;
import org.danvan.platform.api.rest.RestResponse;
import org.danvan.rest.internal.resources.CasesResource;
import org.danvan.rest.internal.resources.OrgUnitsResource;
import org.danvan.rest.internal.resources.ReportsResource;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document the API serves is checked by the reference parser of the format (swagger-parser, which
 * validates against the OpenAPI 3.0 specification: required fields, parameter locations, path templates, schemas,
 * response codes): the document of the API's own resources, and one with a module's resource of every parameter and
 * body kind the whiteboard offers, as a vendor's module adds it.
 */
class OpenApiValidationTest {

    private static SwaggerParseResult parse(List<RestResource> resources) {
        Routes routes = new Routes();
        resources.forEach(routes::add);
        String text = Json.write(OpenApiDocument.of(routes.all(), "1.1.0"));
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

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

    @Test
    void theDocumentOfTheApisOwnResourcesIsValidOpenApi() {
        SwaggerParseResult result = parse(List.of(new CasesResource(null, null, null, Clock.systemUTC()),
                new OrgUnitsResource(null), new ReportsResource(null, null)));
        assertEquals(List.of(), result.getMessages(), "the parser's validation messages");
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertTrue(api.getPaths().keySet().containsAll(List.of("/cases", "/cases/{ref}", "/cases/{ref}/steps",
                "/org-units", "/reports/period-counts", "/openapi.json")), api.getPaths().keySet().toString());
        assertNotNull(api.getPaths().get("/cases").getPost().getRequestBody(), "the intake has its body");
        assertFalse(api.getComponents() == null || api.getComponents().getSecuritySchemes() == null
                || api.getComponents().getSecuritySchemes().isEmpty(), "the bearer token is declared");
    }

    @Test
    void aModulesResourceKeepsTheDocumentValid() {
        RestResource module = resource("acme-boards",
                RestOperation.get("/acme/boards", "listBoards", "Boards of a unit", "acme.view",
                        List.of(RestParameter.query("unit", "string", "unit code"),
                                RestParameter.query("page", "integer", "page from 0")),
                        r -> RestResponse.ok(List.of())),
                RestOperation.get("/acme/boards/{id}/members/{member}", "getMember", "One member <b>&</b>", "acme.view",
                        List.of(RestParameter.path("id", "integer", "board"),
                                RestParameter.path("member", "string", "member")),
                        r -> RestResponse.ok(Map.of())),
                RestOperation.post("/acme/boards", "createBoard", "New board", "acme.manage",
                        new RestBody("the board", Map.of("name", "string", "members", "integer"), List.of("name")),
                        r -> RestResponse.ok(1)));
        SwaggerParseResult result = parse(List.of(module, new OrgUnitsResource(null)));
        assertEquals(List.of(), result.getMessages(), "the parser's validation messages");
        assertEquals(2, result.getOpenAPI().getPaths().get("/acme/boards/{id}/members/{member}").getGet()
                .getParameters().size());
    }

    @Test
    void theValidatorCatchesABrokenDocument() {
        // the checks above can fail: a document whose operation has no responses and a path variable without its
        // declared parameter is refused by the parser with messages
        SwaggerParseResult result = new OpenAPIV3Parser().readContents("{\"openapi\":\"3.0.3\",\"info\":"
                + "{\"title\":\"x\",\"version\":\"1\"},\"paths\":{\"/a/{id}\":{\"get\":{\"operationId\":\"a\"}}}}",
                null, new ParseOptions());
        String messages = String.join("\n", result.getMessages());
        assertTrue(messages.contains("responses is missing"), messages);
        assertTrue(messages.contains("path parameter id"), messages);
    }
}
