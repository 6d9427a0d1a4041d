package org.danvan.identity.internal.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The org-unit directory, answered from an in-memory {@link OrgUnitSnapshot} that {@link #reload()} replaces after
 * every committed change made through this node. Another node sharing the database sees the change after its own
 * next change or restart.
 */
@Component(service = { OrgUnitDirectory.class, OrgUnitDirectoryService.class }, immediate = true)
public class OrgUnitDirectoryService implements OrgUnitDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(OrgUnitDirectoryService.class);

    private final EntityStore store;
    private volatile OrgUnitSnapshot snapshot;

    @Activate
    public OrgUnitDirectoryService(@Reference IdentityDatabase database) {
        this(database.store());
    }

    /** Outside OSGi (tests, tools): on a store opened elsewhere. */
    public static OrgUnitDirectoryService on(EntityStore store) {
        return new OrgUnitDirectoryService(store);
    }

    private OrgUnitDirectoryService(EntityStore store) {
        this.store = store;
        reload();
    }

    /** Reads the tree again; call after committing a change. */
    public final void reload() {
        long start = System.nanoTime();
        OrgUnitSnapshot loaded = store.read(OrgUnitSnapshot::load);
        snapshot = loaded;
        LOG.debug("Org-unit snapshot of {} units loaded in {} ms", loaded.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** The current snapshot, for answers that must be consistent across several look-ups. */
    public OrgUnitSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public Optional<OrgUnitInfo> find(long id) {
        return snapshot.find(id);
    }

    @Override
    public Optional<OrgUnitInfo> findByCode(String code) {
        return snapshot.findByCode(code);
    }

    @Override
    public List<OrgUnitInfo> roots() {
        return snapshot.roots();
    }

    @Override
    public List<OrgUnitInfo> children(long id) {
        return snapshot.children(id);
    }

    @Override
    public int childCount(long id) {
        return snapshot.childCount(id);
    }

    @Override
    public List<OrgUnitInfo> currentSuccessors(long id) {
        return snapshot.currentSuccessors(id);
    }

    @Override
    public String nameOn(long id, LocalDate day) {
        return snapshot.nameOn(id, day);
    }

    @Override
    public List<OrgUnitInfo> search(String text, int limit) {
        return snapshot.search(text, limit);
    }

    @Override
    public List<OrgUnitInfo> path(long id) {
        return snapshot.path(id);
    }
}
