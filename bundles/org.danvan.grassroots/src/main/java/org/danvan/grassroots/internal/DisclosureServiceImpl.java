package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.danvan.grassroots.api.ContentGroup;
import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
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
import org.danvan.rules.api.RuleTable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;

/** Disclosures on the module's tables, deciding with the platform's access control, every change audited. */
final class DisclosureServiceImpl implements DisclosureService {

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;
    private final ContentGroupCatalog groups;
    private final DisclosureRules rules;

    DisclosureServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            RuleTable rules, ContentGroupCatalog groups, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.groups = groups;
        this.rules = new DisclosureRules(rules);
    }

    @Override
    public List<ContentGroup> contentGroups() {
        return groups.all();
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_DISCLOSURES);
    }

    @Override
    public List<Disclosure> list(UserPrincipal user, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> query(em, "SELECT d", DisclosureEntity.class, scope, "",
                " ORDER BY d.decidedOn DESC, d.id DESC").setFirstResult(offset).setMaxResults(limit)
                .getResultList().stream().map(this::toDisclosure).toList());
    }

    @Override
    public long count(UserPrincipal user) {
        AccessScope scope = readScope(user);
        return scope.isEmpty() ? 0
                : store.read(em -> query(em, "SELECT COUNT(d)", Long.class, scope, "", "").getSingleResult());
    }

    @Override
    public List<Disclosure> inPeriod(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        Set<Long> wanted = readScope(user).coveredOf(units.currentSubtree(unitId));
        if (wanted.isEmpty()) {
            return List.of();
        }
        return store.read(em -> em.createQuery("SELECT d FROM Disclosure d WHERE d.unitId IN :units"
                + " AND d.decidedOn BETWEEN :from AND :to ORDER BY d.decidedOn, d.id", DisclosureEntity.class)
                .setParameter("units", wanted).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(this::toDisclosure).toList());
    }

    @Override
    public List<ContentGroup> missingIn(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        if (readScope(user).coveredOf(units.currentSubtree(unitId)).isEmpty()) {
            return List.of();
        }
        Set<Integer> disclosed = new java.util.HashSet<>();
        inPeriod(user, unitId, from, to).forEach(d -> disclosed.add(d.group()));
        // a period of at least N months: from its first day, N months later is not after the day after its end
        return groups.all().stream().filter(g -> g.everyMonths() > 0 && !disclosed.contains(g.number())
                && !from.plusMonths(g.everyMonths()).isAfter(to.plusDays(1))).toList();
    }

    /** Disclosures of the units in scope only, filtered in the database. */
    private static <T> TypedQuery<T> query(EntityManager em, String select, Class<T> type, AccessScope scope,
            String and, String order) {
        String where = scope.unrestricted() ? " WHERE 1 = 1" : " WHERE d.unitId IN :units";
        TypedQuery<T> query = em.createQuery(select + " FROM Disclosure d" + where + and + order, type);
        return scope.unrestricted() ? query : query.setParameter("units", scope.unitIds());
    }

    @Override
    public Disclosure create(DisclosureDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        requireValid(draft);
        access.check(user, GrassrootsPermissions.MANAGE_DISCLOSURES, draft.unitId());
        String unitName = unitName(draft.unitId());
        LocalDate startDue = rules.startDue(draft.decidedOn());
        return store.audited(em -> {
            LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
            DisclosureEntity entity = new DisclosureEntity(user.login(), now);
            entity.setContent(draft, unitName, startDue, now);
            em.persist(entity);
            em.flush();
            return toDisclosure(entity);
        }, saved -> audited("grassroots.disclosure.created", user, saved));
    }

    @Override
    public Disclosure update(long id, long expectedVersion, DisclosureDraft draft, UserPrincipal user) {
        requireValid(draft);
        access.check(user, GrassrootsPermissions.MANAGE_DISCLOSURES, draft.unitId());
        String unitName = unitName(draft.unitId());
        return store.audited(em -> {
            DisclosureEntity entity = current(em, id, expectedVersion, user);
            // the clock keeps the due day it started with unless the decision day itself changed
            LocalDate startDue = entity.getDecidedOn().equals(draft.decidedOn()) ? entity.getStartDueBy()
                    : rules.startDue(draft.decidedOn());
            entity.setContent(draft, unitName, startDue, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
            em.flush();
            return toDisclosure(entity);
        }, saved -> audited("grassroots.disclosure.updated", user, saved));
    }

    @Override
    public void delete(long id, long expectedVersion, UserPrincipal user) {
        store.audited(em -> {
            DisclosureEntity entity = current(em, id, expectedVersion, user);
            Disclosure before = toDisclosure(entity);
            em.remove(entity);
            return before;
        }, saved -> audited("grassroots.disclosure.deleted", user, saved));
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", DisclosureDraft.UNIT_REQUIRED));
    }

    /** The disclosure as the user read it, if the user may change it. */
    private DisclosureEntity current(EntityManager em, long id, long expectedVersion, UserPrincipal user) {
        DisclosureEntity entity = em.find(DisclosureEntity.class, id);
        if (entity == null) {
            throw ValidationException.of(null, GONE);
        }
        access.check(user, GrassrootsPermissions.MANAGE_DISCLOSURES, entity.getUnitId());
        if (entity.getVersion() != expectedVersion) {
            throw new OptimisticLockException("disclosure " + id + " is at version " + entity.getVersion(), null,
                    entity);
        }
        return entity;
    }

    private void requireValid(DisclosureDraft draft) {
        List<Violation> problems = new ArrayList<>(
                Objects.requireNonNull(draft, "draft").validate(PlatformTime.today(clock)));
        if (draft.group() != null && groups.find(draft.group()).isEmpty()) {
            problems.add(Violation.of("group", DisclosureDraft.GROUP_UNKNOWN, groups.all().size()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The audit entry of a change, written inside its transaction (see {@link Writes#audited}). */
    private void audited(String action, UserPrincipal user, Disclosure disclosure) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), "grassroots.disclosure",
                Long.toString(disclosure.id()), disclosure.unitId(), Map.of("title", disclosure.title(),
                        "group", Integer.toString(disclosure.group()), "decidedOn",
                        disclosure.decidedOn().toString()), null));
    }

    Disclosure toDisclosure(DisclosureEntity e) {
        ContentGroup group = groups.find(e.getGroup()).orElseThrow();
        return new Disclosure(e.getId(), e.getVersion(), e.getUnitId(), e.getUnitName(), e.getGroup(), e.getTitle(),
                e.getDecisionRef(), e.getDecidedOn(), e.getSummary(), e.getPostings(), e.getStartDueBy(),
                rules.flags(group, e.getDecidedOn(), e.getStartDueBy(), e.getPostings()), e.getRecordedBy(),
                e.getRecordedAt().toInstant(ZoneOffset.UTC));
    }
}
