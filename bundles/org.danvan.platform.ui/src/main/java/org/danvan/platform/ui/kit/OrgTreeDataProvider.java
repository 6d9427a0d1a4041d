package org.danvan.platform.ui.kit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;

/**
 * The org-unit tree for a TreeGrid, loaded level by level: a unit's children are read from the directory only when
 * it is expanded, so a province with thousands of villages opens as fast as a small one. The children of the last
 * few expanded units are kept, because the grid asks for a level in pages. The directory lists current units only;
 * retired ones (merged, split) are found by code.
 */
public class OrgTreeDataProvider extends AbstractBackEndHierarchicalDataProvider<OrgUnitInfo, Void> {

    private static final long serialVersionUID = 1L;
    private static final int CACHED_LEVELS = 32;
    /** Kinds that never have units below them: no query to learn that. */
    private static final Set<String> LEAF_KINDS = Set.of(OrgUnitKinds.VILLAGE, OrgUnitKinds.STREET_GROUP);

    private final transient OrgUnitDirectory directory;
    private final Map<Long, List<OrgUnitInfo>> levels = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<OrgUnitInfo>> eldest) {
            return size() > CACHED_LEVELS;
        }
    };

    public OrgTreeDataProvider(OrgUnitDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void refreshAll() {
        levels.clear();
        super.refreshAll();
    }

    @Override
    public Object getId(OrgUnitInfo unit) {
        return unit.id();
    }

    @Override
    public int getChildCount(HierarchicalQuery<OrgUnitInfo, Void> query) {
        return level(query.getParent()).size();
    }

    @Override
    public boolean hasChildren(OrgUnitInfo unit) {
        if (LEAF_KINDS.contains(unit.kind())) {
            return false;
        }
        List<OrgUnitInfo> cached = levels.get(unit.id());
        return cached != null ? !cached.isEmpty() : directory.childCount(unit.id()) > 0;
    }

    @Override
    protected Stream<OrgUnitInfo> fetchChildrenFromBackEnd(HierarchicalQuery<OrgUnitInfo, Void> query) {
        List<OrgUnitInfo> level = level(query.getParent());
        int from = Math.min(query.getOffset(), level.size());
        int to = Math.min(level.size(), from + query.getLimit());
        return level.subList(from, to).stream();
    }

    private List<OrgUnitInfo> level(OrgUnitInfo parent) {
        long key = parent == null ? -1 : parent.id();
        return levels.computeIfAbsent(key, k -> List.copyOf(parent == null ? directory.roots()
                : directory.children(parent.id())));
    }
}
