package org.danvan.platform.ui.kit;

import java.util.List;
import java.util.stream.Collectors;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

/** How units are named on the screens: by name, with the path from the province when ambiguity matters. */
public final class UnitLabels {

    /** Separates the levels of a path; reads well in every language. */
    public static final String PATH_SEPARATOR = " › ";

    private UnitLabels() {
    }

    /** The unit's name, or {@code #id} when the directory no longer knows it. */
    public static String name(OrgUnitDirectory directory, long id) {
        return directory.find(id).map(OrgUnitInfo::name).orElse("#" + id);
    }

    /** The names of several units, comma-separated, in the given order. */
    public static String names(OrgUnitDirectory directory, List<Long> ids) {
        return ids.stream().map(id -> name(directory, id)).collect(Collectors.joining(", "));
    }

    /** The path from the root to the unit, e.g. {@code Tỉnh Bắc Ninh › Xã Tiên Du}. */
    public static String path(OrgUnitDirectory directory, long id) {
        List<OrgUnitInfo> path = directory.path(id);
        return path.isEmpty() ? name(directory, id) : joined(path);
    }

    /** The path above the unit (its parent and their parents), empty for a root. */
    public static String parentPath(OrgUnitDirectory directory, long id) {
        List<OrgUnitInfo> path = directory.path(id);
        if (!path.isEmpty() && path.get(path.size() - 1).id() == id) {
            path = path.subList(0, path.size() - 1);
        }
        return joined(path);
    }

    public static String joined(List<OrgUnitInfo> path) {
        return path.stream().map(OrgUnitInfo::name).collect(Collectors.joining(PATH_SEPARATOR));
    }

    /** The code and name, as pickers show a unit: {@code 27-TD · Xã Tiên Du}. */
    public static String codeAndName(OrgUnitInfo unit) {
        return unit.code() + " · " + unit.name();
    }

    /** The translation key of a unit kind's label. */
    public static String kindKey(String kind) {
        return "identity.unit-kind." + kind;
    }
}
