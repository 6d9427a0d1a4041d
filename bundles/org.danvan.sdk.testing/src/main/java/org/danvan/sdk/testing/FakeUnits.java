package org.danvan.sdk.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;

/**
 * An {@link OrgUnitDirectory} built in code, answering like the identity core's: current and retired units, children
 * sorted by name, paths from the root, successors followed transitively after merges and splits, names by day after
 * renames.
 *
 * <pre>{@code
 * FakeUnits units = FakeUnits.sample();                 // a province, two communes, a village, a Front committee
 * FakeUnits mine = new FakeUnits()
 *         .add(1, "27", "Tỉnh Bắc Ninh", OrgUnitKinds.PROVINCE, null)
 *         .add(12, "27-TD", "Xã Tiên Du", OrgUnitKinds.COMMUNE, 1L)
 *         .retire(12, LocalDate.of(2025, 6, 30), 14);    // merged into unit 14 (add 14 first)
 * }</pre>
 */
public final class FakeUnits implements OrgUnitDirectory {

    /** First day of the units of {@link #sample()} (the 2025 reorganisation of communes). */
    public static final LocalDate SINCE = LocalDate.of(2025, 7, 1);

    /** {@link #sample()}: the province, root of the tree, code {@code 27}. */
    public static final long PROVINCE = 1;
    /** {@link #sample()}: the provincial Fatherland Front committee, child of the province. */
    public static final long FRONT = 2;
    /** {@link #sample()}: commune Tiên Du, code {@code 27-TD}. */
    public static final long TIEN_DU = 12;
    /** {@link #sample()}: commune Lim, code {@code 27-LIM}. */
    public static final long LIM = 13;
    /** {@link #sample()}: village Đông, in Tiên Du. */
    public static final long VILLAGE = 121;

    private final Map<Long, OrgUnitInfo> units = new LinkedHashMap<>();
    /** Former names: unit → (first day of the new name → the name before it). */
    private final Map<Long, TreeMap<LocalDate, String>> formerNames = new LinkedHashMap<>();

    /**
     * A small province: {@link #PROVINCE} "Tỉnh Bắc Ninh" with the Front committee {@link #FRONT} and the communes
     * {@link #TIEN_DU} (with the village {@link #VILLAGE}) and {@link #LIM}.
     */
    public static FakeUnits sample() {
        return new FakeUnits()
                .add(PROVINCE, "27", "Tỉnh Bắc Ninh", OrgUnitKinds.PROVINCE, null)
                .add(FRONT, "27-MTTQ", "Ủy ban MTTQ Việt Nam tỉnh", OrgUnitKinds.FATHERLAND_FRONT, PROVINCE)
                .add(TIEN_DU, "27-TD", "Xã Tiên Du", OrgUnitKinds.COMMUNE, PROVINCE)
                .add(LIM, "27-LIM", "Xã Lim", OrgUnitKinds.COMMUNE, PROVINCE)
                .add(VILLAGE, "27-TD-01", "Thôn Đông", OrgUnitKinds.VILLAGE, TIEN_DU);
    }

    /** Adds a current unit valid since {@link #SINCE}. */
    public FakeUnits add(long id, String code, String name, String kind, Long parentId) {
        return add(new OrgUnitInfo(id, code, name, kind, parentId, SINCE, null, List.of()));
    }

    /** Adds a unit as given (retired or not). */
    public FakeUnits add(OrgUnitInfo unit) {
        if (unit.parentId() != null && !units.containsKey(unit.parentId())) {
            throw new IllegalArgumentException("add parent " + unit.parentId() + " before " + unit.id());
        }
        if (units.putIfAbsent(unit.id(), unit) != null) {
            throw new IllegalArgumentException("unit " + unit.id() + " exists");
        }
        return this;
    }

    /**
     * Retires a unit after {@code lastDay}, taken over by the successors (merge: one, split: several); its records
     * then belong to the successors' staff.
     */
    public FakeUnits retire(long id, LocalDate lastDay, long... successorIds) {
        OrgUnitInfo unit = require(id);
        for (long successor : successorIds) {
            require(successor);
        }
        units.put(id, new OrgUnitInfo(id, unit.code(), unit.name(), unit.kind(), unit.parentId(), unit.validFrom(),
                lastDay, Arrays.stream(successorIds).boxed().toList()));
        return this;
    }

    /** Renames a unit from a day on; {@link #nameOn} answers the former name before that day. */
    public FakeUnits rename(long id, LocalDate from, String newName) {
        OrgUnitInfo unit = require(id);
        formerNames.computeIfAbsent(id, k -> new TreeMap<>()).put(from, unit.name());
        units.put(id, new OrgUnitInfo(id, unit.code(), newName, unit.kind(), unit.parentId(), unit.validFrom(),
                unit.validTo(), unit.successorIds()));
        return this;
    }

    private OrgUnitInfo require(long id) {
        OrgUnitInfo unit = units.get(id);
        if (unit == null) {
            throw new IllegalArgumentException("no unit " + id);
        }
        return unit;
    }

    /** The unit with this id; fails the test when there is none. */
    public OrgUnitInfo get(long id) {
        return require(id);
    }

    /** Every unit, current and retired, in the order added. */
    public List<OrgUnitInfo> all() {
        return List.copyOf(units.values());
    }

    /** Ids of the unit and all units below it, current and retired. */
    public Set<Long> subtree(long id) {
        Set<Long> ids = new HashSet<>();
        collect(id, ids);
        return ids;
    }

    private void collect(long id, Set<Long> into) {
        if (into.add(id)) {
            units.values().stream().filter(u -> u.parentId() != null && u.parentId() == id)
                    .forEach(u -> collect(u.id(), into));
        }
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
                .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Override
    public int childCount(long id) {
        return children(id).size();
    }

    @Override
    public List<OrgUnitInfo> currentSuccessors(long id) {
        List<OrgUnitInfo> result = new ArrayList<>();
        collectSuccessors(id, new HashSet<>(), result);
        return result;
    }

    private void collectSuccessors(long id, Set<Long> seen, List<OrgUnitInfo> into) {
        OrgUnitInfo unit = units.get(id);
        if (unit == null || !seen.add(id)) {
            return;
        }
        if (unit.isCurrent()) {
            into.add(unit);
            return;
        }
        for (long successor : unit.successorIds()) {
            collectSuccessors(successor, seen, into);
        }
    }

    @Override
    public String nameOn(long id, LocalDate day) {
        OrgUnitInfo unit = require(id);
        TreeMap<LocalDate, String> former = formerNames.get(id);
        if (former == null) {
            return unit.name();
        }
        // the name valid on a day is the one replaced by the first rename after it
        Map.Entry<LocalDate, String> next = former.higherEntry(day);
        return next == null ? unit.name() : next.getValue();
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
