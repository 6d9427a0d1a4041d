package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.json.Json;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The REST API (issue 18) as a connected system uses it: a reception officer of Xã Tiên Du creates a personal access
 * token on the screen (shown once), the system reads the commune's cases and not another commune's, records an intake
 * the case engine then shows, gets a refused input back as 422 in Vietnamese, never sees a denouncer's name, is
 * slowed down by the rate limit; the OpenAPI document lists every path and validates; the console lists and revokes tokens; every
 * call is in the audit trail; the log has no ERROR.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestApiIT extends BrowserDistributionTest {

    private static final Duration UI = Duration.ofSeconds(30);
    private static final String OFFICER = "tiepdan";
    private static final String DENOUNCER = "Trịnh Quang Vĩnh";
    private static final String API_DENOUNCER = "Đỗ Minh Khôi";
    private static final int PER_MINUTE = 30;
    private static final Pattern CREATED = Pattern.compile("Created case (\\d{4}/\\d+) \\(id (\\d+)\\)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Json json = new Json();
    private final List<String> everyAnswer = new ArrayList<>();
    private String token;
    private String ownDenunciationNumber;
    private long otherCommuneCaseId;
    private String apiCaseNumber;

    @Override
    protected void configure(KarafDistribution copy) {
        copy.setProperty("etc/org.danvan.platform.modules.cfg", "install", "api");
        copy.setProperty("etc/org.danvan.rest.cfg", "requestsPerMinute", String.valueOf(PER_MINUTE));
    }

    private HttpResponse<String> call(String method, String path, String bearer, String body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(karaf.uri("api/v1" + path)).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            everyAnswer.add(response.body());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) {
        return call("GET", path, token, null, null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(HttpResponse<String> response) {
        return json.toType(response.body(), Map.class);
    }

    @Test
    @Order(1)
    void theModuleIsInstalledAndTheDocumentServed() {
        // the shell's Vaadin servlet answers every path until the API's servlet registers at /api/*
        karaf.awaitLog("Module api installed", Duration.ofMinutes(3));
        browser.waitUntil(Duration.ofMinutes(1), d -> call("GET", "/openapi.json", null, null, null).body()
                .contains("\"openapi\""));
        HttpResponse<String> anonymous = call("GET", "/cases", null, null, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    @Order(2)
    void casesOfTwoCommunesAreRecordedAtTheCounter() {
        Matcher denunciation = CREATED.matcher(karaf.shell("danvan:case-create --unit 24003 --kind denunciation"
                + " --name \"" + DENOUNCER + "\" --address \"Thôn Đông, xã Tiên Du\" \"Tố cáo cán bộ địa chính xã"
                + " nhận tiền khi cấp giấy chứng nhận quyền sử dụng đất\""));
        assertTrue(denunciation.find());
        ownDenunciationNumber = denunciation.group(1);
        Matcher other = CREATED.matcher(karaf.shell("danvan:case-create --unit 24004 --kind reflection"
                + " --name \"Phan Văn Lộc\" \"Phản ánh đèn đường thôn Đông Xá hỏng đã lâu\""));
        assertTrue(other.find());
        otherCommuneCaseId = Long.parseLong(other.group(2));
    }

    @Test
    @Order(3)
    void theOfficerCreatesATokenOnTheScreenShownOnce() {
        browser.useDesktopSize();
        browser.open(karaf.baseUrl() + "ma-truy-cap-api");
        browser.signIn(OFFICER, "danvan");
        browser.find("#api-token-new").click();
        browser.find("#api-token-dialog");
        browser.typeInto("#api-token-name input", "Cổng dịch vụ công tỉnh");
        browser.script("Array.from(document.querySelectorAll('#api-token-scope vaadin-checkbox'))"
                + ".filter(b => b.label === 'case.view' || b.label === 'case.intake').forEach(b => b.click());");
        browser.waitForVaadin();
        browser.find("#api-token-create").click();
        browser.waitUntil(UI, d -> !browser.findAll("#api-token-secret").isEmpty());
        token = (String) browser.script("return document.querySelector('#api-token-secret').value;");
        assertTrue(token.matches("dvt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"), token);
        browser.screenshot("rest-token-created");
        browser.find("#api-token-close").click();
        browser.waitUntil(UI, d -> browser.findAll("#api-token-dialog").isEmpty());
        browser.waitUntil(UI, d -> gridText("#api-token-list").contains("Cổng dịch vụ công tỉnh"));
        String listed = gridText("#api-token-list");
        assertTrue(listed.contains("case.intake, case.view"), listed);
        assertFalse(listed.contains(token.substring(21)), "the secret is never shown again");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void theTokenReadsItsCommunesCasesAndNotAnothers() {
        HttpResponse<String> list = get("/cases");
        assertEquals(200, list.statusCode(), list.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) object(list).get("items");
        Set<String> units = new TreeSet<>();
        items.forEach(i -> units.add(String.valueOf(i.get("unit"))));
        assertTrue(items.stream().anyMatch(i -> ownDenunciationNumber.equals(i.get("number"))), list.body());
        assertTrue(units.stream().allMatch(u -> u.startsWith("24003")), "only Xã Tiên Du's subtree: " + units);
        assertTrue(items.stream().noneMatch(i -> ((Number) i.get("id")).longValue() == otherCommuneCaseId));

        HttpResponse<String> other = get("/cases/" + otherCommuneCaseId);
        assertEquals(404, other.statusCode(), other.body());
        assertEquals(404, get("/cases/" + otherCommuneCaseId + "/steps").statusCode());
        HttpResponse<String> otherUnit = get("/cases?unit=24004");
        assertEquals(403, otherUnit.statusCode(), otherUnit.body());

        HttpResponse<String> detail = get("/cases/" + ownDenunciationNumber.replace('/', '-'));
        assertEquals(200, detail.statusCode(), detail.body());
        Map<String, Object> denunciation = object(detail);
        assertEquals("DENUNCIATION", denunciation.get("kind"));
        List<Map<String, Object>> petitioners = (List<Map<String, Object>>) denunciation.get("petitioners");
        assertEquals(1, petitioners.size());
        assertEquals(Boolean.TRUE, petitioners.get(0).get("masked"));
        HttpResponse<String> steps = get("/cases/" + ownDenunciationNumber.replace('/', '-') + "/steps");
        assertEquals(200, steps.statusCode(), steps.body());
        assertTrue(steps.body().contains("INTAKE") || steps.body().contains("RECEIVED"), steps.body());

        HttpResponse<String> unitsAnswer = get("/org-units");
        assertEquals(200, unitsAnswer.statusCode(), unitsAnswer.body());
        assertTrue(unitsAnswer.body().contains("\"24003-01\"") && !unitsAnswer.body().contains("\"24004\""),
                unitsAnswer.body());
        HttpResponse<String> report = get("/reports/period-counts?unit=24003&from=2025-01-01&to=2030-12-31");
        assertEquals(200, report.statusCode(), report.body());
        assertTrue(((Number) object(report).get("received")).longValue() >= 1, report.body());
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void anIntakeThroughTheApiIsACaseOfTheEngine() {
        HttpResponse<String> created = call("POST", "/cases", token, "{\"unit\":\"24003\",\"kind\":\"REFLECTION\","
                + "\"content\":\"Phản ánh rác thải đổ trộm bên đường liên thôn qua API\","
                + "\"petitioners\":[{\"fullName\":\"Ngô Thị Lan\",\"address\":\"Thôn Đoài\"}]}", null);
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> receipt = object(created);
        apiCaseNumber = (String) receipt.get("number");
        assertTrue(String.valueOf(receipt.get("trackingCode")).length() >= 10, created.body());
        String shown = karaf.shell("danvan:case-show " + apiCaseNumber);
        assertTrue(shown.contains("rác thải đổ trộm") || shown.contains("ONLINE"), shown);
        assertTrue(shown.contains("Channel: ONLINE"), shown);

        HttpResponse<String> denunciation = call("POST", "/cases", token, "{\"unit\":\"24003\",\"kind\":"
                + "\"DENUNCIATION\",\"content\":\"Tố cáo trưởng thôn thu tiền sai quy định\",\"petitioners\":"
                + "[{\"fullName\":\"" + API_DENOUNCER + "\",\"phone\":\"0987000111\"}]}", null);
        assertEquals(201, denunciation.statusCode(), denunciation.body());
        String number = (String) object(denunciation).get("number");
        HttpResponse<String> read = get("/cases/" + number.replace('/', '-'));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(Boolean.TRUE, ((List<Map<String, Object>>) object(read).get("petitioners")).get(0).get("masked"));
        get("/cases?q=" + java.net.URLEncoder.encode("Đỗ Minh Khôi", java.nio.charset.StandardCharsets.UTF_8));
        get("/cases/" + number.replace('/', '-') + "/steps");
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void refusedInputIsA422InTheCallersLanguage() {
        String missingContent = "{\"unit\":\"24003\",\"kind\":\"REFLECTION\",\"content\":\"  \"}";
        HttpResponse<String> vi = call("POST", "/cases", token, missingContent, "vi");
        assertEquals(422, vi.statusCode(), vi.body());
        Map<String, Object> refusal = object(vi);
        assertEquals("Vui lòng nhập thông tin này.", violation(refusal, "content").get("message"), vi.body());
        HttpResponse<String> en = call("POST", "/cases", token, missingContent, "en-GB,en;q=0.8");
        assertEquals(422, en.statusCode());
        assertEquals("Please fill this in.", violation(object(en), "content").get("message"), en.body());
        HttpResponse<String> badKind = call("POST", "/cases", token, "{\"unit\":\"24003\",\"kind\":\"PETITION\","
                + "\"content\":\"x\"}", null);
        assertEquals(422, badKind.statusCode(), badKind.body());
        assertTrue(badKind.body().contains("PETITION") && badKind.body().contains("kind"), badKind.body());
        HttpResponse<String> otherCommune = call("POST", "/cases", token, "{\"unit\":\"24004\",\"kind\":"
                + "\"REFLECTION\",\"content\":\"Phản ánh ở xã khác\",\"petitioners\":[{\"fullName\":\"Hà Văn Tư\"}]}",
                null);
        assertEquals(403, otherCommune.statusCode(), otherCommune.body());
        assertEquals(400, call("POST", "/cases", token, "{\"unit\":", null).statusCode());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> violation(Map<String, Object> refusal, String field) {
        return ((List<Map<String, Object>>) refusal.get("violations")).stream()
                .filter(v -> field.equals(v.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no violation of " + field + " in " + refusal));
    }

    @Test
    @Order(7)
    void noAnswerEverNamesADenouncer() {
        assertFalse(everyAnswer.isEmpty());
        for (String body : everyAnswer) {
            assertFalse(body.contains(DENOUNCER) || body.contains("Quang Vĩnh"), body);
            assertFalse(body.contains(API_DENOUNCER) || body.contains("0987000111"), body);
        }
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentListsEveryImplementedPath() {
        HttpResponse<String> document = call("GET", "/openapi.json", null, null, null);
        assertEquals(200, document.statusCode());
        Map<String, Object> doc = object(document);
        assertTrue(String.valueOf(doc.get("openapi")).startsWith("3."));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        assertEquals(Set.of("/openapi.json", "/cases", "/cases/{ref}", "/cases/{ref}/steps", "/org-units",
                "/reports/period-counts"), paths.keySet());
        assertEquals(Set.of("get", "post"), paths.get("/cases").keySet());
        // the document as served validates against the OpenAPI 3 specification (the format's reference parser)
        List<String> messages = new OpenAPIV3Parser().readContents(document.body(), null, new ParseOptions())
                .getMessages();
        assertEquals(List.of(), messages, "validation messages of the served document");
        HttpResponse<String> page = call("GET", "/docs", null, null, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/api/v1/cases/{ref}/steps"), page.body());
    }

    @Test
    @Order(9)
    void aTokenBeyondItsRateIsToldToWait() {
        // the console is for administrators: the province administrator's own token
        String console = karaf.shell("danvan:api-token-create --scope case.view --days 7 \"Kiểm thử giới hạn\"");
        Matcher created = Pattern.compile("Token: (dvt_\\S+)").matcher(console);
        assertTrue(created.find(), console);
        String hammer = created.group(1);
        HttpResponse<String> last = null;
        int ok = 0;
        for (int i = 0; i < PER_MINUTE + 10; i++) {
            last = call("GET", "/org-units", hammer, null, null);
            if (last.statusCode() == 429) {
                break;
            }
            assertEquals(200, last.statusCode(), last.body());
            ok++;
        }
        assertEquals(429, last.statusCode(), "no 429 after " + ok + " calls");
        // the bucket refills one call every 60/PER_MINUTE seconds while the loop runs
        assertTrue(ok >= PER_MINUTE - 1 && ok <= PER_MINUTE + 5, "calls allowed: " + ok);
        long retry = Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry >= 1 && retry <= 60 / PER_MINUTE + 1, "Retry-After " + retry);
        assertEquals(200, get("/org-units").statusCode(), "the other token has its own limit");
    }

    @Test
    @Order(10)
    void everyCallIsAuditedAndTheConsoleRevokesTheToken() {
        String audit = karaf.shell("danvan:audit-list --action api. --user " + OFFICER + " --limit 200");
        assertTrue(audit.contains("api.call"), audit);
        assertTrue(audit.contains("api.token.created"), audit);
        assertTrue(audit.contains("getCase") || audit.contains("/cases"), audit);
        String tokens = karaf.shell("danvan:api-token-list");
        String publicId = token.substring(4, 20);
        assertTrue(tokens.contains(publicId) && tokens.contains(OFFICER), tokens);
        assertFalse(tokens.contains(token.substring(21)), "the console never shows a secret");
        String revoked = karaf.shell("danvan:api-token-revoke " + publicId);
        assertTrue(revoked.contains("Revoked token"), revoked);
        HttpResponse<String> refused = get("/cases");
        assertEquals(401, refused.statusCode(), refused.body());
        assertNotEquals("", refused.body());
    }

    @Test
    @Order(11)
    void noErrorsWereLogged() {
        assertEquals(List.of(), karaf.logErrors(), "ERROR lines in " + karaf.logFile());
    }
}
