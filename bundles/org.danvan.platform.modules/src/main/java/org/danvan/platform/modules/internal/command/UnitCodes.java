package org.danvan.platform.modules.internal.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.platform.api.module.ModuleUnits;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.validation.ValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Unit codes on the console: {@code *} for the whole installation, else codes of existing units. */
@Component(service = UnitCodes.class)
public class UnitCodes {

    private final OrgUnitDirectory directory;

    @Activate
    public UnitCodes(@Reference OrgUnitDirectory directory) {
        this.directory = directory;
    }

    /** Ids of the units with these codes; refused naming the first unknown code. */
    public Set<Long> ids(List<String> codes) {
        Set<Long> ids = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            directory.findByCode(code.trim()).map(OrgUnitInfo::id).ifPresentOrElse(ids::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw ValidationException.of("units", "platform.modules.error.unit-code-unknown", unknown.get(0));
        }
        return ids;
    }

    /** {@code *} or the sorted codes. */
    public String describe(ModuleUnits units) {
        if (units.everywhere()) {
            return "*";
        }
        if (units.isNowhere()) {
            return "-";
        }
        Set<String> codes = new TreeSet<>();
        units.unitIds().forEach(id -> codes.add(directory.find(id).map(OrgUnitInfo::code).orElse("#" + id)));
        return String.join(",", codes);
    }
}
