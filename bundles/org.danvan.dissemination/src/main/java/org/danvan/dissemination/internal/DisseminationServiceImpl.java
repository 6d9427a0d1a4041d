package org.danvan.dissemination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
import org.danvan.dissemination.api.Document;
import org.danvan.dissemination.api.DocumentDraft;
import org.danvan.dissemination.api.DocumentProgress;
import org.danvan.dissemination.api.Pending;
import org.danvan.dissemination.api.Session;
import org.danvan.dissemination.api.SessionDraft;
import org.danvan.dissemination.api.UnitCoverage;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.rules.api.RuleTable;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Documents, their target units and the sessions held: validated, audited in the same transaction, scoped to units.
 * Coverage of a unit: the sum of those present at its sessions, capped at the members targeted (the largest number of
 * members a session recorded).
 */
final class DisseminationServiceImpl implements DisseminationService {

    /** The rule row: remind a target unit this many days before the due date. */
    static final String REMIND_RULE = "dissemination.remind.before";

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final RuleTable rules;
    private final Clock clock;

    DisseminationServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            RuleTable rules, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    private LocalDate today() {
        return PlatformTime.today(clock);
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, DisseminationPermissions.VIEW, DisseminationPermissions.MANAGE,
                DisseminationPermissions.RECORD);
    }

    @Override
    public List<Document> documents(long unitId, UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (!scope.covers(unitId)) {
            return List.of();
        }
        Set<Long> subtree = scope.coveredOf(units.currentSubtree(unitId));
        if (subtree.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            List<DocumentEntity> found = em.createQuery("SELECT d FROM DsDocument d WHERE d.unitId IN :s OR d.id IN"
                    + " (SELECT t.documentId FROM DsTarget t WHERE t.unitId IN :s) ORDER BY d.dueOn DESC, d.id DESC",
                    DocumentEntity.class).setParameter("s", subtree).getResultList();
            return found.stream().map(d -> toDocument(d, targets(em, d.id))).toList();
        });
    }

    @Override
    public Document create(DocumentDraft draft, UserPrincipal user) {
        DocumentDraft valid = validated(draft);
        access.check(user, DisseminationPermissions.MANAGE, valid.unitId());
        Set<Long> targets = resolveTargets(valid);
        return store.audited(em -> {
            DocumentEntity entity = new DocumentEntity();
            entity.unitId = valid.unitId();
            entity.apply(valid);
            em.persist(entity);
            em.flush();
            for (Long unit : targets) {
                em.persist(new TargetEntity(entity.id, unit));
            }
            em.flush();
            return toDocument(entity, List.copyOf(targets));
        }, saved -> audited("dissemination.document.created", user, "dissemination.document", saved.id(),
                saved.unitId(), Map.of("number", saved.number(), "due", saved.dueOn().toString(), "targets",
                        Integer.toString(saved.targetUnitIds().size()))));
    }

    @Override
    public Document update(long documentId, long expectedVersion, DocumentDraft draft, UserPrincipal user) {
        DocumentDraft given = validated(draft);
        return store.audited(em -> {
            DocumentEntity entity = found(em, DocumentEntity.class, documentId);
            access.check(user, DisseminationPermissions.MANAGE, entity.unitId);
            if (entity.version != expectedVersion) {
                throw new OptimisticLockException("document " + documentId + " changed meanwhile");
            }
            // the issuing unit stays the one that issued it
            DocumentDraft valid = new DocumentDraft(entity.unitId, given.kind(), given.number(), given.issuedOn(),
                    given.issuer(), given.title(), given.summary(), given.targetUnitId(), given.withSubtree(),
                    given.pickedUnitIds(), given.dueOn());
            Set<Long> targets = resolveTargets(valid);
            entity.apply(valid);
            List<TargetEntity> old = em.createQuery("SELECT t FROM DsTarget t WHERE t.documentId = :d",
                    TargetEntity.class).setParameter("d", documentId).getResultList();
            for (TargetEntity t : old) {
                if (!targets.remove(t.unitId)) {
                    em.remove(t);
                }
            }
            for (Long unit : targets) {
                em.persist(new TargetEntity(documentId, unit));
            }
            em.flush();
            return toDocument(entity, targets(em, documentId));
        }, saved -> audited("dissemination.document.updated", user, "dissemination.document", saved.id(),
                saved.unitId(), Map.of("number", saved.number(), "due", saved.dueOn().toString(), "targets",
                        Integer.toString(saved.targetUnitIds().size()))));
    }

    @Override
    public Session recordSession(SessionDraft draft, UserPrincipal user) {
        SessionDraft valid = validated(draft);
        return store.audited(em -> {
            DocumentEntity document = found(em, DocumentEntity.class, valid.documentId());
            if (!targets(em, document.id).contains(valid.unitId())) {
                throw ValidationException.of("unitId", SessionDraft.UNIT_NOT_TARGET);
            }
            access.check(user, DisseminationPermissions.RECORD, valid.unitId());
            if (valid.heldOn().isBefore(document.issuedOn)) {
                throw ValidationException.of("heldOn", SessionDraft.HELD_BEFORE_ISSUED, document.issuedOn);
            }
            SessionEntity entity = new SessionEntity();
            entity.apply(valid);
            em.persist(entity);
            em.flush();
            return toSession(entity);
        }, saved -> audited("dissemination.session.recorded", user, "dissemination.session", saved.id(),
                saved.unitId(), Map.of("document", Long.toString(saved.documentId()), "form", saved.form().name(),
                        "present", Integer.toString(saved.present()), "members", Integer.toString(saved.members()))));
    }

    @Override
    public List<Session> sessions(long documentId, UserPrincipal user) {
        AccessScope scope = readScope(user);
        return store.read(em -> em.createQuery("SELECT s FROM DsSession s WHERE s.documentId = :d"
                + " ORDER BY s.heldOn, s.id", SessionEntity.class).setParameter("d", documentId).getResultList()
                .stream().filter(s -> scope.covers(s.unitId)).map(DisseminationServiceImpl::toSession).toList());
    }

    @Override
    public DocumentProgress progress(long documentId, UserPrincipal user) {
        AccessScope scope = readScope(user);
        return store.read(em -> {
            DocumentEntity document = found(em, DocumentEntity.class, documentId);
            return progress(em, document, scope);
        });
    }

    @Override
    public List<DocumentProgress> report(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (!scope.covers(unitId)) {
            return List.of();
        }
        Set<Long> subtree = scope.coveredOf(units.currentSubtree(unitId));
        if (subtree.isEmpty()) {
            return List.of();
        }
        return store.read(em -> em.createQuery("SELECT d FROM DsDocument d WHERE d.unitId IN :s"
                + " ORDER BY d.dueOn DESC, d.id DESC", DocumentEntity.class).setParameter("s", subtree)
                .getResultList().stream().filter(d -> (from == null || !d.dueOn.isBefore(from))
                        && (to == null || !d.dueOn.isAfter(to)))
                .map(d -> progress(em, d, scope)).toList());
    }

    @Override
    public List<Pending> pending(UserPrincipal user) {
        AccessScope scope = access.scopeOfAny(user, DisseminationPermissions.RECORD);
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return store.read(em -> {
            List<TargetEntity> open = em.createQuery("SELECT t FROM DsTarget t WHERE NOT EXISTS (SELECT s FROM"
                    + " DsSession s WHERE s.documentId = t.documentId AND s.unitId = t.unitId)", TargetEntity.class)
                    .getResultList();
            List<Pending> found = new ArrayList<>();
            for (TargetEntity t : open) {
                if (!scope.covers(t.unitId)) {
                    continue;
                }
                DocumentEntity d = em.find(DocumentEntity.class, t.documentId);
                if (d == null) {
                    continue;
                }
                int days = rules.limit(REMIND_RULE, d.issuedOn, Set.of());
                found.add(new Pending(toDocument(d, targets(em, d.id)), t.unitId, d.dueOn,
                        !today.isBefore(d.dueOn.minusDays(days)), today.isAfter(d.dueOn)));
            }
            found.sort(Comparator.comparing(Pending::dueOn).thenComparing(p -> p.document().id())
                    .thenComparing(Pending::unitId));
            return found;
        });
    }

    /** The coverage of every target unit in the subtree the asker may read, of the documents due in the period. */
    List<UnitCoverage> targetsDueBetween(long unitId, LocalDate from, LocalDate to, UserPrincipal asker) {
        AccessScope scope = readScope(asker);
        if (!scope.covers(unitId)) {
            return List.of();
        }
        Set<Long> subtree = scope.coveredOf(units.currentSubtree(unitId));
        if (subtree.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            List<TargetEntity> targets = em.createQuery("SELECT t FROM DsTarget t WHERE t.unitId IN :s",
                    TargetEntity.class).setParameter("s", subtree).getResultList();
            List<UnitCoverage> found = new ArrayList<>();
            for (TargetEntity t : targets) {
                DocumentEntity d = em.find(DocumentEntity.class, t.documentId);
                if (d != null && !d.dueOn.isBefore(from) && !d.dueOn.isAfter(to)) {
                    found.add(coverage(d, t.unitId, sessionsOf(em, d.id, t.unitId)));
                }
            }
            return found;
        });
    }

    private DocumentProgress progress(EntityManager em, DocumentEntity document, AccessScope scope) {
        List<Long> targets = targets(em, document.id);
        if (!scope.covers(document.unitId) && targets.stream().noneMatch(scope::covers)) {
            throw ValidationException.of(null, GONE);
        }
        List<UnitCoverage> lines = new ArrayList<>();
        for (Long unit : targets) {
            if (scope.covers(unit)) {
                lines.add(coverage(document, unit, sessionsOf(em, document.id, unit)));
            }
        }
        return new DocumentProgress(toDocument(document, targets), lines);
    }

    private static List<SessionEntity> sessionsOf(EntityManager em, long documentId, long unitId) {
        return em.createQuery("SELECT s FROM DsSession s WHERE s.documentId = :d AND s.unitId = :u",
                SessionEntity.class).setParameter("d", documentId).setParameter("u", unitId).getResultList();
    }

    /** Sessions add up: the sum of those present, capped at the largest number of members recorded. */
    UnitCoverage coverage(DocumentEntity d, long unitId, Collection<SessionEntity> sessions) {
        int members = sessions.stream().mapToInt(s -> s.members).max().orElse(0);
        long present = sessions.stream().mapToLong(s -> s.present).sum();
        LocalDate first = sessions.stream().map(s -> s.heldOn).min(Comparator.naturalOrder()).orElse(null);
        return new UnitCoverage(d.id, unitId, sessions.size(), (int) Math.min(present, members), members, first,
                d.dueOn, sessions.isEmpty() && today().isAfter(d.dueOn));
    }

    private static List<Long> targets(EntityManager em, long documentId) {
        return em.createQuery("SELECT t.unitId FROM DsTarget t WHERE t.documentId = :d ORDER BY t.unitId",
                Long.class).setParameter("d", documentId).getResultList();
    }

    /** The target units: the picked ones, or the target unit (with its subtree); all within the issuer's subtree. */
    private Set<Long> resolveTargets(DocumentDraft d) {
        if (units.find(d.unitId()).isEmpty()) {
            throw ValidationException.of("unitId", DocumentDraft.UNIT_REQUIRED);
        }
        Set<Long> issuers = units.currentSubtree(d.unitId());
        Set<Long> targets = new TreeSet<>();
        if (!d.pickedUnitIds().isEmpty()) {
            targets.addAll(d.pickedUnitIds());
        } else if (d.withSubtree()) {
            targets.addAll(units.currentSubtree(d.targetUnitId()));
        } else {
            targets.add(d.targetUnitId());
        }
        for (Long unit : targets) {
            if (!issuers.contains(unit) || units.find(unit).isEmpty()) {
                throw ValidationException.of("targets", DocumentDraft.TARGET_OUTSIDE,
                        units.find(unit).map(u -> u.name()).orElse(Long.toString(unit)));
            }
        }
        return targets;
    }

    /** The draft stripped, or every problem at once. */
    DocumentDraft validated(DocumentDraft d) {
        List<Violation> problems = new ArrayList<>();
        if (d.unitId() == null) {
            problems.add(Violation.of("unitId", DocumentDraft.UNIT_REQUIRED));
        }
        if (d.kind() == null) {
            problems.add(Violation.of("kind", DocumentDraft.KIND_REQUIRED));
        }
        String number = Texts.required(problems, "number", d.number(), DocumentDraft.NUMBER_MAX,
                DocumentDraft.NUMBER_REQUIRED);
        if (d.issuedOn() == null) {
            problems.add(Violation.of("issuedOn", DocumentDraft.ISSUED_REQUIRED));
        } else if (d.issuedOn().isAfter(today())) {
            problems.add(Violation.of("issuedOn", DocumentDraft.ISSUED_FUTURE));
        }
        String issuer = Texts.required(problems, "issuer", d.issuer(), DocumentDraft.TEXT_MAX,
                DocumentDraft.ISSUER_REQUIRED);
        String title = Texts.required(problems, "title", d.title(), DocumentDraft.TEXT_MAX,
                DocumentDraft.TITLE_REQUIRED);
        String summary = d.summary() == null ? "" : d.summary().strip();
        if (summary.length() > DocumentDraft.SUMMARY_MAX) {
            problems.add(Violation.of("summary", DocumentDraft.SUMMARY_TOO_LONG, DocumentDraft.SUMMARY_MAX));
        }
        if (d.pickedUnitIds().isEmpty() && d.targetUnitId() == null) {
            problems.add(Violation.of("targets", DocumentDraft.TARGET_REQUIRED));
        }
        if (d.dueOn() == null) {
            problems.add(Violation.of("dueOn", DocumentDraft.DUE_REQUIRED));
        } else if (d.issuedOn() != null && d.dueOn().isBefore(d.issuedOn())) {
            problems.add(Violation.of("dueOn", DocumentDraft.DUE_BEFORE_ISSUED));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new DocumentDraft(d.unitId(), d.kind(), number, d.issuedOn(), issuer, title,
                summary.isEmpty() ? null : summary, d.targetUnitId(), d.withSubtree(), d.pickedUnitIds(), d.dueOn());
    }

    /** The draft stripped, or every problem at once. */
    SessionDraft validated(SessionDraft d) {
        List<Violation> problems = new ArrayList<>();
        if (d.documentId() == null) {
            problems.add(Violation.of("documentId", SessionDraft.DOCUMENT_REQUIRED));
        }
        if (d.unitId() == null) {
            problems.add(Violation.of("unitId", SessionDraft.UNIT_REQUIRED));
        }
        if (d.heldOn() == null) {
            problems.add(Violation.of("heldOn", SessionDraft.HELD_REQUIRED));
        } else if (d.heldOn().isAfter(today())) {
            problems.add(Violation.of("heldOn", SessionDraft.HELD_FUTURE));
        }
        if (d.form() == null) {
            problems.add(Violation.of("form", SessionDraft.FORM_REQUIRED));
        }
        String presenter = Texts.required(problems, "presenter", d.presenter(), SessionDraft.PRESENTER_MAX,
                SessionDraft.PRESENTER_REQUIRED);
        boolean membersOk = d.members() != null && d.members() >= 1 && d.members() <= SessionDraft.COUNT_MAX;
        if (!membersOk) {
            problems.add(Violation.of("members", SessionDraft.MEMBERS_RANGE, SessionDraft.COUNT_MAX));
        }
        if (d.present() == null || d.present() < 0 || (membersOk && d.present() > d.members())
                || d.present() > SessionDraft.COUNT_MAX) {
            problems.add(Violation.of("present", SessionDraft.PRESENT_RANGE,
                    membersOk ? d.members() : SessionDraft.COUNT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new SessionDraft(d.documentId(), d.unitId(), d.heldOn(), d.form(), presenter, d.present(),
                d.members());
    }

    private static <T> T found(EntityManager em, Class<T> type, long id) {
        T entity = em.find(type, id);
        if (entity == null) {
            throw ValidationException.of(null, GONE);
        }
        return entity;
    }

    private void audited(String action, UserPrincipal user, String type, long id, Long unitId,
            Map<String, String> details) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), type, Long.toString(id), unitId, details,
                null));
    }

    static Document toDocument(DocumentEntity d, List<Long> targets) {
        return new Document(d.id, d.version, d.unitId, d.kind, d.number, d.issuedOn, d.issuer, d.title, d.summary,
                d.dueOn, targets);
    }

    static Session toSession(SessionEntity s) {
        return new Session(s.id, s.version, s.documentId, s.unitId, s.heldOn, s.form, s.presenter, s.present,
                s.members);
    }
}
