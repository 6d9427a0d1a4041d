package org.danvan.platform.api.org;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.platform.api.text.VietnameseText;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to the administrative geography and agencies, including retired units and their successors. Provided
 * by the identity core; answers come from a cache refreshed on every change, so calls are cheap.
 */
@ProviderType
public interface OrgUnitDirectory {

    /** A unit by id, current or retired. */
    Optional<OrgUnitInfo> find(long id);

    /** A unit by official code, current or retired. */
    Optional<OrgUnitInfo> findByCode(String code);

    /** The root units (normally the province), current only. */
    List<OrgUnitInfo> roots();

    /** The current children of a unit, sorted by name. */
    List<OrgUnitInfo> children(long id);

    /**
     * The unit and its current subtree — its current children, theirs, and so on — by id (a report "for this unit
     * and every unit below it"). Retired units are left out: their records are covered where their successors are.
     *
     * @param id the unit's id
     * @return the ids, the unit's own first; just the id when the unit has no children or is unknown
     */
    default Set<Long> currentSubtree(long id) {
        Set<Long> found = new java.util.LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(id);
        while (!queue.isEmpty()) {
            long next = queue.poll();
            if (found.add(next)) {
                children(next).forEach(child -> queue.add(child.id()));
            }
        }
        return found;
    }

    /** The number of current children of a unit (for lazy trees). */
    int childCount(long id);

    /**
     * The current units that have taken over a unit, following merges and splits transitively; the unit itself if
     * it is current.
     */
    List<OrgUnitInfo> currentSuccessors(long id);

    /**
     * The name a unit bore on a day (history keeps old names after a rename).
     *
     * @return the name on that day, or the unit's last name when the day lies outside its validity
     */
    String nameOn(long id, LocalDate day);

    /** The path from the root to the unit, both included. */
    List<OrgUnitInfo> path(long id);

    /**
     * Current units found by what a person types: the code, or words of the name without diacritics ("tien du" finds
     * "Xã Tiên Du"; each word typed must start a word of the name). Exact code first, then names that start with the
     * text, then the others, each group by name; at most {@code limit}.
     *
     * @param text what was typed; blank gives an empty list
     * @param limit the most units returned (1 to 200)
     */
    default List<OrgUnitInfo> search(String text, int limit) {
        // a plain walk of the tree: the identity core answers from an index instead
        if (text == null || text.isBlank() || limit < 1) {
            return List.of();
        }
        String trimmed = text.strip();
        String folded = VietnameseText.fold(trimmed);
        List<OrgUnitInfo> exact = new ArrayList<>();
        List<OrgUnitInfo> starting = new ArrayList<>();
        List<OrgUnitInfo> others = new ArrayList<>();
        Deque<OrgUnitInfo> queue = new ArrayDeque<>(roots());
        while (!queue.isEmpty()) {
            OrgUnitInfo unit = queue.poll();
            queue.addAll(children(unit.id()));
            String name = VietnameseText.fold(unit.name());
            if (unit.code().equals(trimmed)) {
                exact.add(unit);
            } else if (!folded.isEmpty() && name.startsWith(folded)) {
                starting.add(unit);
            } else if (!folded.isEmpty() && VietnameseText.matchesWords(name, folded)
                    || unit.code().startsWith(trimmed)) {
                others.add(unit);
            }
        }
        Comparator<OrgUnitInfo> byName = Comparator.comparing(OrgUnitInfo::name);
        starting.sort(byName);
        others.sort(byName);
        List<OrgUnitInfo> result = new ArrayList<>(exact);
        result.addAll(starting);
        result.addAll(others);
        return List.copyOf(result.subList(0, Math.min(Math.min(limit, 200), result.size())));
    }
}
