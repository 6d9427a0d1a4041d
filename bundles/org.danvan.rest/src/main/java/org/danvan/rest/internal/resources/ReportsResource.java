package org.danvan.rest.internal.resources;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestParameter;
import org.danvan.platform.api.rest.RestRequest;
import org.danvan.platform.api.rest.RestResource;
import org.danvan.platform.api.rest.RestResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The figures of the periodic reports on petition handling for a unit subtree and a period, as the case engine
 * counts them for the reports module (received, accepted, resolved on time and late, pending).
 */
@Component(service = RestResource.class)
public class ReportsResource implements RestResource {

    private final CaseService cases;
    private final OrgUnitDirectory units;

    @Activate
    public ReportsResource(@Reference CaseService cases, @Reference OrgUnitDirectory units) {
        this.cases = cases;
        this.units = units;
    }

    @Override
    public String tag() {
        return "reports";
    }

    @Override
    public List<RestOperation> operations() {
        return List.of(RestOperation.get("/reports/period-counts", "getPeriodCounts",
                "Report figures of a unit subtree for a period, both days included", CasePermissions.VIEW,
                List.of(new RestParameter("unit", "query", "string", true, "The unit, by official code"),
                        new RestParameter("from", "query", "string", true, "First day, YYYY-MM-DD"),
                        new RestParameter("to", "query", "string", true, "Last day, YYYY-MM-DD")),
                this::periodCounts));
    }

    private RestResponse periodCounts(RestRequest request) {
        OrgUnitInfo unit = Input.unit(units, "unit", required(request, "unit"));
        LocalDate from = Input.date("from", required(request, "from"));
        LocalDate to = Input.date("to", required(request, "to"));
        PeriodCounts counts = cases.periodCounts(request.user(), unit.id(), from, to);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", unit.code());
        out.put("from", from);
        out.put("to", to);
        out.put("received", counts.received());
        out.put("accepted", counts.accepted());
        out.put("resolvedOnTime", counts.resolvedOnTime());
        out.put("resolvedLate", counts.resolvedLate());
        out.put("pending", counts.pending());
        return RestResponse.ok(out);
    }

    private static String required(RestRequest request, String name) {
        return request.queryParameter(name).orElseThrow(
                () -> org.danvan.platform.api.validation.ValidationException.of(name, Input.REQUIRED, name));
    }
}
