package org.danvan.cases.internal.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;

/** Test stand-in for the identity core's directory: a province (1) with two communes (2, 3) and a village (4). */
public final class TestOrgUnits implements OrgUnitDirectory {

    public static final long PROVINCE = 1;
    public static final long TIEN_DU = 2;
    public static final long LIM = 3;
    public static final long VILLAGE = 4;

    private final Map<Long, OrgUnitInfo> units = new LinkedHashMap<>();

    public TestOrgUnits() {
        add(PROVINCE, "27", "Tỉnh Bắc Ninh", OrgUnitKinds.PROVINCE, null);
        add(TIEN_DU, "27001", "Xã Tiên Du", OrgUnitKinds.COMMUNE, PROVINCE);
        add(LIM, "27002", "Xã Lim", OrgUnitKinds.COMMUNE, PROVINCE);
        add(VILLAGE, "27001-01", "Thôn Đông", OrgUnitKinds.VILLAGE, TIEN_DU);
    }

    private void add(long id, String code, String name, String kind, Long parent) {
        units.put(id, new OrgUnitInfo(id, code, name, kind, parent, LocalDate.of(2025, 7, 1), null, List.of()));
    }

    @Override
    public Optional<OrgUnitInfo> find(long id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public Optional<OrgUnitInfo> findByCode(String code) {
        return units.values().stream().filter(u -> u.code().equals(code)).findFirst();
    }

    @Override
    public List<OrgUnitInfo> roots() {
        return units.values().stream().filter(u -> u.parentId() == null).toList();
    }

    @Override
    public List<OrgUnitInfo> children(long id) {
        return units.values().stream().filter(u -> u.parentId() != null && u.parentId() == id).toList();
    }

    @Override
    public int childCount(long id) {
        return children(id).size();
    }

    @Override
    public List<OrgUnitInfo> currentSuccessors(long id) {
        return find(id).map(List::of).orElse(List.of());
    }

    @Override
    public String nameOn(long id, LocalDate day) {
        return units.get(id).name();
    }

    @Override
    public List<OrgUnitInfo> path(long id) {
        List<OrgUnitInfo> path = new ArrayList<>();
        for (OrgUnitInfo unit = units.get(id); unit != null;
                unit = unit.parentId() == null ? null : units.get(unit.parentId())) {
            path.add(0, unit);
        }
        return path;
    }
}
