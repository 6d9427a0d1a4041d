package org.danvan.identity.internal.org;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.OrgUnitName;
import org.danvan.identity.internal.model.UnitSuccession;
import org.danvan.platform.api.org.OrgUnitInfo;

import jakarta.persistence.EntityManager;

/**
 * The whole org-unit tree in memory, immutable: a province of ~100 communes and thousands of villages, or the whole
 * country (~70,000 units), answers every directory and access question without touching the database. Replaced as a
 * whole after each committed change.
 */
public final class OrgUnitSnapshot {

    /** A tree deeper than this is a cycle in corrupted data, not geography. */
    private static final int MAX_DEPTH = 64;

    private final Map<Long, OrgUnitInfo> byId;
    private final Map<String, OrgUnitInfo> byCode;
    private final Map<Long, List<OrgUnitInfo>> currentChildren;
    private final Map<Long, List<Long>> allChildren;
    private final List<OrgUnitInfo> roots;
    private final List<OrgUnitInfo> retired;
    private final Map<Long, NavigableMap<LocalDate, String>> names;

    private OrgUnitSnapshot(Collection<OrgUnit> units, Collection<OrgUnitName> nameRows,
            Collection<UnitSuccession> successions) {
        Map<Long, List<Long>> successorIds = new HashMap<>();
        for (UnitSuccession s : successions) {
            successorIds.computeIfAbsent(s.getPredecessorId(), k -> new ArrayList<>()).add(s.getSuccessorId());
        }
        byId = new HashMap<>(units.size() * 2);
        byCode = new HashMap<>(units.size() * 2);
        Map<Long, List<OrgUnitInfo>> children = new HashMap<>();
        Map<Long, List<Long>> everyChild = new HashMap<>();
        List<OrgUnitInfo> rootList = new ArrayList<>();
        List<OrgUnitInfo> retiredList = new ArrayList<>();
        for (OrgUnit unit : units) {
            List<Long> successors = successorIds.getOrDefault(unit.getId(), List.of());
            OrgUnitInfo info = new OrgUnitInfo(unit.getId(), unit.getCode(), unit.getName(), unit.getKind(),
                    unit.getParentId(), unit.getValidFrom(), unit.getValidTo(), successors);
            byId.put(info.id(), info);
            byCode.put(info.code(), info);
            if (info.parentId() != null) {
                everyChild.computeIfAbsent(info.parentId(), k -> new ArrayList<>()).add(info.id());
            }
            if (!info.isCurrent()) {
                retiredList.add(info);
            } else if (info.parentId() == null) {
                rootList.add(info);
            } else {
                children.computeIfAbsent(info.parentId(), k -> new ArrayList<>()).add(info);
            }
        }
        Comparator<OrgUnitInfo> byName = byName();
        children.values().forEach(list -> list.sort(byName));
        rootList.sort(byName);
        currentChildren = children;
        allChildren = everyChild;
        roots = List.copyOf(rootList);
        retired = List.copyOf(retiredList);
        names = new HashMap<>();
        for (OrgUnitName row : nameRows) {
            names.computeIfAbsent(row.getUnitId(), k -> new TreeMap<>()).put(row.getValidFrom(), row.getName());
        }
    }

    /** Vietnamese alphabetical order (Đ after D, tones after the base letter), then code for equal names. */
    private static Comparator<OrgUnitInfo> byName() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        return Comparator.<OrgUnitInfo, String>comparing(OrgUnitInfo::name, collator::compare)
                .thenComparing(OrgUnitInfo::code);
    }

    /** Reads every unit, name and succession. */
    public static OrgUnitSnapshot load(EntityManager em) {
        return of(em.createQuery("SELECT u FROM OrgUnit u", OrgUnit.class).getResultList(),
                em.createQuery("SELECT n FROM OrgUnitName n", OrgUnitName.class).getResultList(),
                em.createQuery("SELECT s FROM UnitSuccession s", UnitSuccession.class).getResultList());
    }

    static OrgUnitSnapshot of(Collection<OrgUnit> units, Collection<OrgUnitName> names,
            Collection<UnitSuccession> successions) {
        return new OrgUnitSnapshot(units, names, successions);
    }

    /** An empty tree. */
    public static OrgUnitSnapshot empty() {
        return new OrgUnitSnapshot(List.of(), List.of(), List.of());
    }

    public Optional<OrgUnitInfo> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<OrgUnitInfo> findByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public List<OrgUnitInfo> roots() {
        return roots;
    }

    public List<OrgUnitInfo> children(long id) {
        return List.copyOf(currentChildren.getOrDefault(id, List.of()));
    }

    public int childCount(long id) {
        return currentChildren.getOrDefault(id, List.of()).size();
    }

    /** The retired units (usually few). */
    public List<OrgUnitInfo> retired() {
        return retired;
    }

    /** Number of units, current and retired. */
    public int size() {
        return byId.size();
    }

    /** The current successors of a unit, transitively; the unit itself when current; empty for an unknown id. */
    public List<OrgUnitInfo> currentSuccessors(long id) {
        OrgUnitInfo start = byId.get(id);
        if (start == null) {
            return List.of();
        }
        if (start.isCurrent()) {
            return List.of(start);
        }
        Set<Long> seen = new HashSet<>();
        Set<OrgUnitInfo> found = new LinkedHashSet<>();
        Deque<OrgUnitInfo> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(id);
        while (!queue.isEmpty()) {
            OrgUnitInfo unit = queue.poll();
            for (Long next : unit.successorIds()) {
                OrgUnitInfo successor = byId.get(next);
                if (successor != null && seen.add(next)) {
                    if (successor.isCurrent()) {
                        found.add(successor);
                    } else {
                        queue.add(successor);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Whether the unit or one of its ancestors is in {@code units}. */
    public boolean isWithin(long unitId, Set<Long> units) {
        Long current = unitId;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (units.contains(current)) {
                return true;
            }
            OrgUnitInfo unit = byId.get(current);
            current = unit == null ? null : unit.parentId();
        }
        return false;
    }

    /** The unit and every unit below it, current or retired. */
    public Set<Long> subtree(long id) {
        Set<Long> result = new HashSet<>();
        if (!byId.containsKey(id)) {
            return result;
        }
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(id);
        while (!queue.isEmpty()) {
            Long next = queue.poll();
            if (result.add(next)) {
                queue.addAll(allChildren.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /** The name borne on a day; the last name outside the unit's validity or before its first recorded name. */
    public String nameOn(long id, LocalDate day) {
        OrgUnitInfo unit = byId.get(id);
        if (unit == null) {
            return null;
        }
        NavigableMap<LocalDate, String> history = names.get(id);
        if (history == null || day == null || !unit.isValidOn(day)) {
            return unit.name();
        }
        Map.Entry<LocalDate, String> entry = history.floorEntry(day);
        return entry == null ? unit.name() : entry.getValue();
    }

    /** Folded names of the current units, in name order, built on the first search. */
    private volatile List<Map.Entry<OrgUnitInfo, String>> searchIndex;

    /** See {@link org.danvan.platform.api.org.OrgUnitDirectory#search(String, int)}. */
    public List<OrgUnitInfo> search(String text, int limit) {
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        int max = Math.min(limit, 200);
        String trimmed = text.strip();
        List<OrgUnitInfo> exact = new ArrayList<>();
        OrgUnitInfo byCodeMatch = byCode.get(trimmed);
        if (byCodeMatch != null && byCodeMatch.isCurrent()) {
            exact.add(byCodeMatch);
        }
        String folded = org.danvan.platform.api.text.VietnameseText.fold(trimmed);
        List<OrgUnitInfo> starting = new ArrayList<>();
        List<OrgUnitInfo> containing = new ArrayList<>();
        for (Map.Entry<OrgUnitInfo, String> entry : searchIndex()) {
            OrgUnitInfo unit = entry.getKey();
            if (exact.contains(unit)) {
                continue;
            }
            String name = entry.getValue();
            if (!folded.isEmpty() && (name.startsWith(folded) || withoutKind(name).startsWith(folded))) {
                starting.add(unit);
            } else if (org.danvan.platform.api.text.VietnameseText.matchesWords(name, folded)
                    && !folded.isEmpty() || unit.code().startsWith(trimmed)) {
                containing.add(unit);
            }
            if (exact.size() + starting.size() >= max) {
                break;
            }
        }
        List<OrgUnitInfo> result = new ArrayList<>(exact);
        result.addAll(starting);
        result.addAll(containing);
        return List.copyOf(result.subList(0, Math.min(max, result.size())));
    }

    /** "xa tien du" without its first word ("tien du"), so typing the bare name ranks a unit first. */
    private static String withoutKind(String foldedName) {
        int space = foldedName.indexOf(' ');
        return space < 0 ? foldedName : foldedName.substring(space + 1);
    }

    private List<Map.Entry<OrgUnitInfo, String>> searchIndex() {
        List<Map.Entry<OrgUnitInfo, String>> index = searchIndex;
        if (index == null) {
            index = byId.values().stream().filter(OrgUnitInfo::isCurrent)
                    .sorted(java.util.Comparator.comparing(OrgUnitInfo::name))
                    .map(u -> Map.entry(u, org.danvan.platform.api.text.VietnameseText.fold(u.name())))
                    .toList();
            searchIndex = index;
        }
        return index;
    }

    /** Root first, the unit last; empty for an unknown id. */
    public List<OrgUnitInfo> path(long id) {
        List<OrgUnitInfo> path = new ArrayList<>();
        Long current = id;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            OrgUnitInfo unit = byId.get(current);
            if (unit == null) {
                break;
            }
            path.add(0, unit);
            current = unit.parentId();
        }
        return List.copyOf(path);
    }
}
