package org.danvan.rest.internal.resources;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PetitionerView;
import org.danvan.cases.api.Worklist;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.rest.RestBody;
import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestParameter;
import org.danvan.platform.api.rest.RestRequest;
import org.danvan.platform.api.rest.RestResource;
import org.danvan.platform.api.rest.RestResponse;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Cases through the case engine's published service, as the case screens use it: search, one case, its steps, and
 * intake. Petitioners come as the engine gives them to a user without the unmask permission — a denunciation's
 * petitioners masked by the engine's own redaction; the API offers no unmask, no attachment content and no
 * duplicate candidates (which name other units' cases).
 */
@Component(service = RestResource.class)
public class CasesResource implements RestResource {

    static final int PAGE_SIZE = 50;

    private final CaseService cases;
    private final OrgUnitDirectory units;
    private final AccessControl access;
    private final Clock clock;

    @Activate
    public CasesResource(@Reference CaseService cases, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this(cases, units, access, PlatformTime.clock());
    }

    /** With a clock of the caller's (tests). */
    public CasesResource(CaseService cases, OrgUnitDirectory units, AccessControl access, Clock clock) {
        this.cases = cases;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String tag() {
        return "cases";
    }

    @Override
    public List<RestOperation> operations() {
        RestParameter ref = RestParameter.path("ref", "string",
                "The case id, or its number with - for / (2026-000042)");
        return List.of(
                RestOperation.get("/cases", "searchCases", "Search the cases the caller may view",
                        CasePermissions.VIEW, List.of(
                                RestParameter.query("status", "string",
                                        "Only this status (RECEIVED, CLASSIFIED, ACCEPTED, SUSPENDED, RETURNED,"
                                                + " TRANSFERRED, RESOLVED, CLOSED)"),
                                RestParameter.query("unit", "string", "Only this unit's subtree, by official code"),
                                RestParameter.query("q", "string", "Words to find, diacritics ignored"),
                                RestParameter.query("page", "integer", "Page number from 1, 50 cases a page")),
                        this::search),
                RestOperation.get("/cases/{ref}", "getCase", "One case with its clock and petitioners (denouncers"
                        + " masked)", CasePermissions.VIEW, List.of(ref), this::detail),
                RestOperation.get("/cases/{ref}/steps", "getCaseSteps", "The timeline of a case, oldest first",
                        CasePermissions.VIEW, List.of(ref), this::steps),
                RestOperation.post("/cases", "createCase", "Record a received letter (intake), as the intake screen"
                        + " does", CasePermissions.INTAKE, new RestBody("The letter", intakeProperties(),
                                List.of("unit", "kind", "content")), this::intake));
    }

    private static Map<String, String> intakeProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("unit", "string");
        p.put("kind", "string");
        p.put("channel", "string");
        p.put("forwardedBy", "string");
        p.put("receivedOn", "string");
        p.put("content", "string");
        p.put("concerned", "string");
        p.put("group", "boolean");
        p.put("peopleCount", "integer");
        p.put("petitioners", "array");
        return p;
    }

    private RestResponse search(RestRequest request) {
        Set<CaseStatus> statuses = request.queryParameter("status")
                .map(s -> Set.of(Input.enumValue("status", s, CaseStatus.class))).orElse(null);
        Long unitId = null;
        Optional<String> unitCode = request.queryParameter("unit");
        if (unitCode.isPresent()) {
            OrgUnitInfo unit = Input.unit(units, "unit", unitCode.get());
            access.check(request.user(), CasePermissions.VIEW, unit.id());
            unitId = unit.id();
        }
        int page = request.queryParameter("page").map(p -> Input.positiveInt("page", p, 100_000)).orElse(1);
        CaseQuery query = new CaseQuery(Worklist.ALL, null, statuses, unitId, unitId != null, null, null, null,
                request.queryParameter("q").orElse(null), false, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        Page<CaseSummary> found = cases.find(request.user(), query);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", page);
        out.put("pageSize", PAGE_SIZE);
        out.put("total", found.total());
        out.put("items", found.items().stream().map(this::summary).toList());
        return RestResponse.ok(out);
    }

    private Optional<CaseDetail> find(RestRequest request) {
        String ref = request.pathParameter("ref");
        String key = ref.matches("\\d{4}-\\d{1,12}") ? ref.replace('-', '/') : ref;
        return cases.findByNumberOrId(request.user(), key).map(s -> cases.detail(request.user(), s.id()));
    }

    private RestResponse detail(RestRequest request) {
        return find(request).map(d -> RestResponse.ok(detail(d))).orElseGet(RestResponse::notFound);
    }

    private RestResponse steps(RestRequest request) {
        return find(request).map(d -> RestResponse.ok(Map.of("items",
                d.timeline().stream().map(CasesResource::step).toList()))).orElseGet(RestResponse::notFound);
    }

    private RestResponse intake(RestRequest request) {
        Map<String, Object> body = request.body();
        OrgUnitInfo unit = Input.unit(units, "unit", Input.requiredText(body, "unit"));
        CaseKind kind = Input.enumValue("kind", Input.requiredText(body, "kind"), CaseKind.class);
        Channel channel = Input.text(body, "channel").map(c -> Input.enumValue("channel", c, Channel.class))
                .orElse(Channel.ONLINE);
        LocalDate receivedOn = Input.text(body, "receivedOn").map(d -> Input.date("receivedOn", d))
                .orElse(PlatformTime.today(clock));
        List<PersonData> petitioners = petitioners(body.get("petitioners"));
        IntakeRequest intake = new IntakeRequest(unit.id(), kind, channel, Input.text(body, "forwardedBy").orElse(null),
                petitioners, Input.bool(body, "group"), Input.integer(body, "peopleCount", 1),
                Input.text(body, "concerned").orElse(null), Input.text(body, "content").orElse(null), receivedOn,
                "api-token", request.tokenId());
        IntakeReceipt receipt = cases.intake(request.user(), intake);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", receipt.caseId());
        out.put("number", receipt.number());
        out.put("trackingCode", receipt.trackingCode());
        return RestResponse.created(out);
    }

    private static List<PersonData> petitioners(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.size() > 100) {
            throw ValidationException.of("petitioners", Input.INVALID, "petitioners", "");
        }
        List<PersonData> people = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> raw)) {
                throw ValidationException.of("petitioners", Input.INVALID, "petitioners", String.valueOf(item));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> person = (Map<String, Object>) raw;
            people.add(new PersonData(Input.text(person, "fullName").orElse(null),
                    Input.text(person, "address").orElse(null), Input.text(person, "idNumber").orElse(null),
                    Input.text(person, "phone").orElse(null), Input.text(person, "email").orElse(null), null));
        }
        return people;
    }

    private Map<String, Object> summary(CaseSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("number", s.number());
        out.put("unit", units.find(s.unitId()).map(OrgUnitInfo::code).orElse(null));
        out.put("unitId", s.unitId());
        out.put("kind", s.kind());
        out.put("status", s.status());
        out.put("receivedOn", s.receivedOn());
        out.put("dueRuleId", s.dueRuleId());
        out.put("dueDate", s.dueDate());
        out.put("dueState", s.dueState());
        out.put("handlerUserId", s.handlerUserId());
        out.put("concerned", s.concerned());
        out.put("excerpt", s.excerpt());
        out.put("version", s.version());
        return out;
    }

    private Map<String, Object> detail(CaseDetail d) {
        Map<String, Object> out = summary(d.summary());
        out.put("channel", d.channel());
        out.put("forwardedBy", d.forwardedBy());
        out.put("group", d.group());
        out.put("peopleCount", d.peopleCount());
        out.put("content", d.content());
        out.put("processable", d.processable());
        out.put("variants", d.variants());
        out.put("parentCaseId", d.parentCaseId());
        out.put("nextDue", d.nextDue());
        out.put("outcome", d.outcome());
        out.put("resolvedOn", d.resolvedOn());
        out.put("resolvedLate", d.resolvedLate());
        out.put("petitioners", d.petitioners().stream().map(CasesResource::petitioner).toList());
        out.put("attachmentCount", d.attachments().size());
        return out;
    }

    /** As the engine gives it: masked petitioners carry only its placeholder, never an identity. */
    private static Map<String, Object> petitioner(PetitionerView p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ordinal", p.ordinal());
        out.put("masked", p.masked());
        PersonData person = p.person();
        out.put("fullName", person == null ? null : person.fullName());
        if (!p.masked() && person != null) {
            out.put("address", person.address());
            out.put("idNumber", person.idNumber());
            out.put("phone", person.phone());
            out.put("email", person.email());
        }
        return out;
    }

    private static Map<String, Object> step(CaseStep s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("action", s.action());
        out.put("at", s.at());
        out.put("actorLogin", s.actorLogin());
        out.put("actorName", s.actorName());
        out.put("fromStatus", s.fromStatus());
        out.put("toStatus", s.toStatus());
        out.put("details", s.details());
        return out;
    }
}
