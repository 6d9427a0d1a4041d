package org.danvan.rest.internal.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PetitionerView;
import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestRequest;
import org.danvan.platform.api.rest.RestResponse;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rest.internal.http.Json;
import org.danvan.sdk.testing.FakeAccessControl;
import org.danvan.sdk.testing.FakeUnits;
import org.danvan.sdk.testing.SettableClock;
import org.junit.jupiter.api.Test;

/** The cases resource on a recording stand-in of the case engine: what it asks and what it answers. */
class CasesResourceTest {

    private static final UserPrincipal OFFICER = new UserPrincipal(21, "tiepdan", "Trần Thị Bình", FakeUnits.TIEN_DU,
            "Xã Tiên Du", Set.of("case.view", "case.intake"));

    private final FakeUnits units = FakeUnits.sample();
    private final FakeAccessControl access = new FakeAccessControl(units)
            .grant(OFFICER, FakeUnits.TIEN_DU, "case.view", "case.intake");
    private final List<Object[]> calls = new ArrayList<>();
    private final Map<String, CaseDetail> cases = new HashMap<>();

    private final CaseService engine = (CaseService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { CaseService.class }, (proxy, method, args) -> {
                calls.add(new Object[] { method.getName(), args });
                return switch (method.getName()) {
                    case "findByNumberOrId" -> Optional.ofNullable(cases.get((String) args[1])).map(CaseDetail::summary);
                    case "detail" -> cases.values().stream().filter(d -> d.summary().id() == (long) args[1])
                            .findFirst().orElseThrow();
                    case "intake" -> new IntakeReceipt(99, "2026/000099", "ABCD-EFGH-JK", List.of());
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            });
    private final CasesResource resource = new CasesResource(engine, units, access,
            SettableClock.at("2026-03-02T09:00:00"));

    private static CaseDetail denunciation() {
        CaseSummary summary = new CaseSummary(7, "2026/000007", FakeUnits.TIEN_DU, CaseKind.DENUNCIATION,
                CaseStatus.RECEIVED, LocalDate.of(2026, 3, 2), null, null, DueState.ON_TIME, null, "Cán bộ địa chính",
                "Tố cáo…", 0);
        // as the engine gives it to a user without case.unmask: masked, a placeholder name only
        PetitionerView masked = new PetitionerView(0, true, new PersonData("Người tố cáo 1", null, null, null, null,
                null));
        return new CaseDetail(summary, Channel.POST, null, false, 1, "Tố cáo…", null, null, null, Set.of(), null, null,
                null, null, null, List.of(masked), List.of(), Set.of(), List.of(), List.of());
    }

    private RestOperation operation(String id) {
        return resource.operations().stream().filter(o -> o.operationId().equals(id)).findFirst().orElseThrow();
    }

    private static RestRequest request(Map<String, String> path, Map<String, String> query, Map<String, Object> body) {
        return new RestRequest() {
            @Override
            public UserPrincipal user() {
                return OFFICER;
            }

            @Override
            public String tokenId() {
                return "5";
            }

            @Override
            public Locale locale() {
                return Locale.forLanguageTag("vi");
            }

            @Override
            public String pathParameter(String name) {
                return path.get(name);
            }

            @Override
            public Optional<String> queryParameter(String name) {
                return Optional.ofNullable(query.get(name));
            }

            @Override
            public Map<String, Object> body() {
                return body;
            }

            @Override
            public String remoteAddress() {
                return "127.0.0.1";
            }
        };
    }

    @Test
    void aCaseIsFoundByItsNumberWithADashAndItsMaskedPetitionerHasNoIdentityFields() {
        cases.put("2026/000007", denunciation());
        RestResponse answer = operation("getCase").handler().handle(request(Map.of("ref", "2026-000007"), Map.of(),
                Map.of()));
        assertEquals(200, answer.status());
        String json = Json.write(answer.body());
        assertTrue(json.contains("\"masked\":true"), json);
        assertFalse(json.contains("\"address\"") || json.contains("\"phone\"") || json.contains("\"idNumber\""),
                json);
        assertEquals("findByNumberOrId", calls.get(0)[0]);
        assertEquals("2026/000007", ((Object[]) calls.get(0)[1])[1]);
    }

    @Test
    void aCaseTheEngineDoesNotShowIsNotFound() {
        RestResponse answer = operation("getCaseSteps").handler().handle(request(Map.of("ref", "12"), Map.of(),
                Map.of()));
        assertEquals(404, answer.status());
        assertEquals(1, calls.size(), "no detail asked for a case the user may not see");
    }

    @Test
    void anotherCommunesUnitIsRefusedBeforeSearching() {
        assertThrows(AccessDeniedException.class, () -> operation("searchCases").handler().handle(
                request(Map.of(), Map.of("unit", units.get(FakeUnits.LIM).code()), Map.of())));
        assertTrue(calls.isEmpty());
    }

    @Test
    void anIntakeGoesToTheEngineOnTheOnlineChannelLinkedToTheToken() {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", units.get(FakeUnits.TIEN_DU).code());
        body.put("kind", "reflection");
        body.put("content", "Phản ánh");
        body.put("petitioners", List.of(Map.of("fullName", "Ngô Thị Lan")));
        RestResponse answer = operation("createCase").handler().handle(request(Map.of(), Map.of(), body));
        assertEquals(201, answer.status());
        IntakeRequest sent = (IntakeRequest) ((Object[]) calls.get(0)[1])[1];
        assertEquals(FakeUnits.TIEN_DU, sent.unitId());
        assertEquals(CaseKind.REFLECTION, sent.kind());
        assertEquals(Channel.ONLINE, sent.channel());
        assertEquals(LocalDate.of(2026, 3, 2), sent.receivedOn(), "today in Vietnam by default");
        assertEquals("api-token", sent.sourceType());
        assertEquals("5", sent.sourceId());
        assertEquals("Ngô Thị Lan", sent.petitioners().get(0).fullName());
    }

    @Test
    void wrongTypesAreRefusedWithTheFieldNamed() {
        Map<String, Object> body = new HashMap<>();
        body.put("unit", units.get(FakeUnits.TIEN_DU).code());
        body.put("kind", "PETITION");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> operation("createCase").handler().handle(request(Map.of(), Map.of(), body)));
        assertEquals("kind", refused.violations().get(0).field());
        body.put("kind", "REFLECTION");
        body.put("group", "yes");
        refused = assertThrows(ValidationException.class,
                () -> operation("createCase").handler().handle(request(Map.of(), Map.of(), body)));
        assertEquals("group", refused.violations().get(0).field());
        body.remove("group");
        body.put("unit", "no-such-unit");
        refused = assertThrows(ValidationException.class,
                () -> operation("createCase").handler().handle(request(Map.of(), Map.of(), body)));
        assertEquals(Input.UNKNOWN_UNIT, refused.violations().get(0).messageKey());
        assertTrue(calls.isEmpty(), "nothing reached the engine");
    }
}
