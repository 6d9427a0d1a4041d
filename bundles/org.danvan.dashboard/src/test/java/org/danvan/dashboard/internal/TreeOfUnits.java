package org.danvan.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

/**
 * A small province in memory, standing in for the identity core's directory: Tỉnh Bắc Ninh (1) with Xã Tiên Du (12)
 * and Phường Kinh Bắc (13), and Xã Cũ (14), retired into 12.
 */
final class TreeOfUnits implements OrgUnitDirectory {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);
    private final Map<Long, OrgUnitInfo> units = new LinkedHashMap<>();

    TreeOfUnits() {
        put(new OrgUnitInfo(1, "27", "Tỉnh Bắc Ninh", "PROVINCE", null, START, null, List.of()));
        put(new OrgUnitInfo(13, "9232", "Phường Kinh Bắc", "WARD", 1L, START, null, List.of()));
        put(new OrgUnitInfo(12, "9265", "Xã Tiên Du", "COMMUNE", 1L, START, null, List.of()));
        put(new OrgUnitInfo(14, "9999", "Xã Cũ", "COMMUNE", 1L, LocalDate.of(2000, 1, 1), START.minusDays(1),
                List.of(12L)));
    }

    private void put(OrgUnitInfo unit) {
        units.put(unit.id(), unit);
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
        return units.values().stream().filter(u -> u.parentId() == null && u.isCurrent()).toList();
    }

    @Override
    public List<OrgUnitInfo> children(long id) {
        return units.values().stream().filter(u -> u.parentId() != null && u.parentId() == id && u.isCurrent())
                .sorted(Comparator.comparing(OrgUnitInfo::name)).toList();
    }

    @Override
    public int childCount(long id) {
        return children(id).size();
    }

    @Override
    public List<OrgUnitInfo> currentSuccessors(long id) {
        OrgUnitInfo unit = units.get(id);
        return unit.isCurrent() ? List.of(unit) : unit.successorIds().stream().map(units::get).toList();
    }

    @Override
    public String nameOn(long id, LocalDate day) {
        return units.get(id).name();
    }

    @Override
    public List<OrgUnitInfo> path(long id) {
        List<OrgUnitInfo> path = new ArrayList<>();
        for (OrgUnitInfo u = units.get(id); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            path.add(0, u);
        }
        return path;
    }
}
