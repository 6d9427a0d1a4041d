package ${package}.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import ${package}.api.Entry;
import ${package}.api.EntryDraft;
import ${package}.api.EntryService;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;

/** The register on the module's own tables, deciding with the platform's access control, every change audited. */
@Component(service = EntryService.class, immediate = true)
public class EntryServiceImpl implements EntryService {

    /** The module's persistence unit: its entity classes and its Liquibase changelog. */
    static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of("${moduleId}",
            "db/${moduleId}/changelog.xml", EntryEntity.class);

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public EntryServiceImpl(@Reference PersistenceService persistence, @Reference AccessControl access,
            @Reference OrgUnitDirectory units, @Reference AuditTrail audit) {
        this(persistence, access, units, audit, PlatformTime.clock());
    }

    /** With a clock of the caller's (tests). */
    public EntryServiceImpl(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, Clock clock) {
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.store = persistence.open(UNIT);
    }

    @Deactivate
    public void deactivate() {
        store.close();
    }

    @Override
    public List<Entry> list(UserPrincipal user, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        AccessScope scope = access.scope(user, MANAGE);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> query(em, "SELECT e", EntryEntity.class, scope,
                " ORDER BY e.happenedOn DESC, e.id DESC").setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(EntryServiceImpl::toEntry).toList());
    }

    @Override
    public long count(UserPrincipal user) {
        AccessScope scope = access.scope(user, MANAGE);
        return scope.isEmpty() ? 0 : store.read(em -> query(em, "SELECT COUNT(e)", Long.class, scope, "").getSingleResult());
    }

    /** Entries of the units in scope only, filtered in the database. */
    private static <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type, AccessScope scope,
            String order) {
        String where = scope.unrestricted() ? "" : " WHERE e.unitId IN :units";
        TypedQuery<T> query = em.createQuery(select + " FROM Entry e" + where + order, type);
        return scope.unrestricted() ? query : query.setParameter("units", scope.unitIds());
    }

    @Override
    public Entry create(EntryDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        if (user.orgUnitId() == null) {
            throw ValidationException.of(null, NO_UNIT);
        }
        long unitId = user.orgUnitId();
        access.check(user, MANAGE, unitId);
        requireValid(draft);
        String unitName = units.find(unitId).map(OrgUnitInfo::name).orElse(user.orgUnitName());
        Entry created = write(em -> {
            EntryEntity entity = new EntryEntity(unitId, unitName, user.login(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            entity.setContent(draft.title(), draft.happenedOn(), draft.note());
            em.persist(entity);
            em.flush();
            return audited("${moduleId}.entry.created", user, toEntry(entity));
        });
        return created;
    }

    @Override
    public Entry update(long id, long expectedVersion, EntryDraft draft, UserPrincipal user) {
        requireValid(draft);
        Entry updated = write(em -> {
            EntryEntity entity = current(em, id, expectedVersion, user);
            entity.setContent(draft.title(), draft.happenedOn(), draft.note());
            em.flush();
            return audited("${moduleId}.entry.updated", user, toEntry(entity));
        });
        return updated;
    }

    @Override
    public void delete(long id, long expectedVersion, UserPrincipal user) {
        write(em -> {
            EntryEntity entity = current(em, id, expectedVersion, user);
            Entry before = toEntry(entity);
            em.remove(entity);
            return audited("${moduleId}.entry.deleted", user, before);
        });
    }

    /** The entry as the user read it, if the user may change it. */
    private EntryEntity current(EntityManager em, long id, long expectedVersion, UserPrincipal user) {
        EntryEntity entity = em.find(EntryEntity.class, id);
        if (entity == null) {
            throw ValidationException.of(null, GONE);
        }
        access.check(user, MANAGE, entity.getUnitId());
        if (entity.getVersion() != expectedVersion) {
            throw new OptimisticLockException("entry " + id + " is at version " + entity.getVersion(), null, entity);
        }
        return entity;
    }

    /** One transaction; a conflict found at commit reaches the caller as OptimisticLockException. */
    private <T> T write(Function<EntityManager, T> work) {
        try {
            return store.inTransaction(work);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // EclipseLink's own exception of that name; matched by name so that no EclipseLink package is imported
                if (t != e && t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    throw (OptimisticLockException) new OptimisticLockException(t.getMessage()).initCause(e);
                }
            }
            throw e;
        }
    }

    private void requireValid(EntryDraft draft) {
        List<Violation> problems = Objects.requireNonNull(draft, "draft").validate(PlatformTime.today(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * The audit entry of a change, written last inside the unit of work that makes it: the platform's trail joins that
     * transaction, so the change and its entry commit together and a failing trail rolls the change back.
     */
    private Entry audited(String action, UserPrincipal user, Entry entry) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), "${moduleId}.entry",
                Long.toString(entry.id()), entry.unitId(), Map.of("title", entry.title(),
                        "happenedOn", entry.happenedOn().toString()), null));
        return entry;
    }

    private static Entry toEntry(EntryEntity e) {
        return new Entry(e.getId(), e.getVersion(), e.getTitle(), e.getHappenedOn(), e.getNote(), e.getUnitId(),
                e.getUnitName(), e.getRecordedBy(), e.getRecordedAt().toInstant(ZoneOffset.UTC));
    }
}
