package org.danvan.reception.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;

/** A small org-unit tree held in memory (the identity core provides the real one). */
final class TestOrgUnits implements OrgUnitDirectory {

    private final Map<Long, OrgUnitInfo> units = new ConcurrentHashMap<>();

    OrgUnitInfo add(long id, String code, String name, String kind, Long parentId) {
        OrgUnitInfo unit = new OrgUnitInfo(id, code, name, kind, parentId, LocalDate.of(2025, 7, 1), null, List.of());
        units.put(id, unit);
        return unit;
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
        return units.values().stream().filter(u -> u.parentId() != null && u.parentId() == id)
                .sorted(Comparator.comparing(OrgUnitInfo::name)).toList();
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
        for (OrgUnitInfo u = units.get(id); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            path.add(0, u);
        }
        return path;
    }
}
