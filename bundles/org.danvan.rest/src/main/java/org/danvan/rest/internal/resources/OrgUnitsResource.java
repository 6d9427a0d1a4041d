package org.danvan.rest.internal.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.rest.RestOperation;
import org.danvan.platform.api.rest.RestParameter;
import org.danvan.platform.api.rest.RestRequest;
import org.danvan.platform.api.rest.RestResource;
import org.danvan.platform.api.rest.RestResponse;
import org.danvan.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The org-unit tree below the caller's own unit (or below a unit of that subtree): what a connected system needs to
 * name units in its calls.
 */
@Component(service = RestResource.class)
public class OrgUnitsResource implements RestResource {

    private final OrgUnitDirectory units;

    @Activate
    public OrgUnitsResource(@Reference OrgUnitDirectory units) {
        this.units = units;
    }

    @Override
    public String tag() {
        return "org-units";
    }

    @Override
    public List<RestOperation> operations() {
        return List.of(RestOperation.get("/org-units", "listOrgUnits",
                "The current units of the caller's unit subtree, parents before children", null,
                List.of(RestParameter.query("root", "string",
                        "Start at this unit (official code) of the caller's subtree instead of the caller's unit")),
                this::list));
    }

    private RestResponse list(RestRequest request) {
        Long own = request.user().orgUnitId();
        if (own == null) {
            throw new AccessDeniedException(request.user().login(), "api.org-units", -1);
        }
        long root = own;
        if (request.queryParameter("root").isPresent()) {
            OrgUnitInfo asked = Input.unit(units, "root", request.queryParameter("root").get());
            if (!units.currentSubtree(own).contains(asked.id())) {
                throw new AccessDeniedException(request.user().login(), "api.org-units", asked.id());
            }
            root = asked.id();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (long id : units.currentSubtree(root)) {
            units.find(id).ifPresent(unit -> {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("id", unit.id());
                out.put("code", unit.code());
                out.put("name", unit.name());
                out.put("kind", unit.kind());
                out.put("parentId", unit.parentId());
                items.add(out);
            });
        }
        return RestResponse.ok(Map.of("items", items));
    }
}
