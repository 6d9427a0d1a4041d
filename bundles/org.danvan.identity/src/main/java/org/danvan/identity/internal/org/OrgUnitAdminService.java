package org.danvan.identity.internal.org;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.identity.api.NewUnit;
import org.danvan.identity.api.OrgUnitAdmin;
import org.danvan.identity.api.UnitChange;
import org.danvan.identity.api.UnitImportReport;
import org.danvan.identity.internal.IdentityAudit;
import org.danvan.identity.internal.IdentityDatabase;
import org.danvan.identity.internal.ManageUnitsPermission;
import org.danvan.identity.internal.access.AccessControlService;
import org.danvan.identity.internal.model.OrgUnit;
import org.danvan.identity.internal.model.UnitChangeMember;
import org.danvan.identity.internal.model.UnitChangeRecord;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * Changes to the org-unit tree, each in one transaction, each followed by a reload of the directory's snapshot and an
 * audit entry. Creating a province (a root) needs {@code identity.units.manage} held at a root unit.
 */
@Component(service = OrgUnitAdmin.class, immediate = true)
public class OrgUnitAdminService implements OrgUnitAdmin {

    /** Administrative days are Vietnamese calendar days. */
    static final ZoneId VIETNAM = org.danvan.platform.api.time.PlatformTime.ZONE;
    private static final Set<String> COMMUNE_LEVEL = Set.of(OrgUnitKinds.COMMUNE, OrgUnitKinds.WARD,
            OrgUnitKinds.SPECIAL_ZONE);
    private static final Set<String> VILLAGE_LEVEL = Set.of(OrgUnitKinds.VILLAGE, OrgUnitKinds.STREET_GROUP);

    private final EntityStore store;
    private final OrgUnitDirectoryService directory;
    private final AccessControlService access;
    private final IdentityAudit audit;
    private final Clock clock;

    @Activate
    public OrgUnitAdminService(@Reference IdentityDatabase database, @Reference OrgUnitDirectoryService directory,
            @Reference AccessControlService access, @Reference AuditTrail auditTrail) {
        this(database.store(), directory, access, new IdentityAudit(auditTrail), Clock.systemUTC());
    }

    public OrgUnitAdminService(EntityStore store, OrgUnitDirectoryService directory, AccessControlService access,
            IdentityAudit audit, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    private LocalDateTime nowUtc() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    /** Where a new unit hangs decides who may create it: at the parent, or at a root for a new root. */
    void checkMayCreateUnder(UserPrincipal actor, Long parentId) {
        if (parentId != null) {
            access.check(actor, ManageUnitsPermission.ID, parentId);
        } else if (!access.scope(actor, ManageUnitsPermission.ID).unrestricted()) {
            throw new AccessDeniedException(actor.login(), ManageUnitsPermission.ID, -1);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<Violation> decisionProblem(String decision) {
        return decision != null && decision.strip().length() > 255
                ? Optional.of(Violation.of("decision", "identity.unit.decision.too-long"))
                : Optional.empty();
    }

    /** Tells a code refused by the database's unique key (a concurrent creation) as a validation error. */
    private RuntimeException codeConflict(PersistenceException e, List<String> codes) {
        for (String code : codes) {
            boolean taken = store.read(em -> em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.code = :c",
                    Long.class).setParameter("c", code).getSingleResult() > 0);
            if (taken) {
                return ValidationException.of("code", "identity.unit.code.taken", code);
            }
        }
        return e;
    }

    @Override
    public OrgUnitInfo create(UserPrincipal actor, NewUnit unit) {
        OrgUnitSnapshot snapshot = directory.snapshot();
        List<Violation> violations = UnitDraftCheck.check(unit, "", UnitDraftCheck.existing(snapshot),
                UnitDraftCheck.takenIn(snapshot, ""), true);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Long parentId = unit.parentCode() == null || unit.parentCode().isBlank() ? null
                : snapshot.findByCode(unit.parentCode().strip()).orElseThrow().id();
        checkMayCreateUnder(actor, parentId);
        String code = unit.code().strip();
        long id;
        try {
            id = store.inTransaction(em -> {
                OrgUnit created = new UnitWriter(em, actor.login(), nowUtc()).create(code, unit.name().strip(),
                        unit.kind().strip(), parentId, unit.validFrom(), null);
                audit.change(actor, "identity.unit.created", "org-unit", created.getId(), created.getId(),
                        IdentityAudit.details("code", code, "name", created.getName(), "kind", created.getKind(),
                                "parent", unit.parentCode(), "validFrom", unit.validFrom()));
                return created.getId();
            });
        } catch (PersistenceException e) {
            throw codeConflict(e, List.of(code));
        }
        directory.reload();
        return directory.find(id).orElseThrow();
    }

    /** A current unit, or a validation failure. */
    private OrgUnitInfo current(OrgUnitSnapshot snapshot, long unitId, String field) {
        OrgUnitInfo unit = snapshot.find(unitId)
                .orElseThrow(() -> ValidationException.of(field, "identity.unit.unknown"));
        if (!unit.isCurrent()) {
            throw ValidationException.of(field, "identity.unit.retired", unit.code());
        }
        return unit;
    }

    @Override
    public OrgUnitInfo rename(UserPrincipal actor, long unitId, String newName, LocalDate effectiveOn,
            String decision) {
        OrgUnitInfo unit = current(directory.snapshot(), unitId, "unitId");
        access.check(actor, ManageUnitsPermission.ID, unitId);
        String name = strip(newName);
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.length() > UnitDraftCheck.MAX_NAME) {
            violations.add(Violation.of("name", "identity.unit.name.invalid"));
        }
        decisionProblem(decision).ifPresent(violations::add);
        if (effectiveOn == null) {
            violations.add(Violation.of("effectiveOn", "identity.unit.effective-date.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        store.run(em -> {
            LocalDate lastChange = em.createQuery("SELECT MAX(n.validFrom) FROM OrgUnitName n WHERE n.unitId = :u",
                    LocalDate.class).setParameter("u", unitId).getSingleResult();
            OrgUnit managed = em.find(OrgUnit.class, unitId);
            if (!effectiveOn.isAfter(managed.getValidFrom())
                    || (lastChange != null && !effectiveOn.isAfter(lastChange))) {
                throw ValidationException.of("effectiveOn", "identity.unit.effective-date.invalid");
            }
            String previous = managed.getName();
            new UnitWriter(em, actor.login(), nowUtc()).rename(managed, name, effectiveOn, strip(decision));
            audit.change(actor, "identity.unit.renamed", "org-unit", unitId, unitId, IdentityAudit.details("code",
                    unit.code(), "oldName", previous, "newName", name, "effectiveOn", effectiveOn, "decision",
                    strip(decision)));
        });
        directory.reload();
        return directory.find(unitId).orElseThrow();
    }

    /** Units that may be merged together or replace each other: same level of the administrative ladder. */
    private static boolean sameLevel(String a, String b) {
        return a.equals(b) || (COMMUNE_LEVEL.contains(a) && COMMUNE_LEVEL.contains(b))
                || (VILLAGE_LEVEL.contains(a) && VILLAGE_LEVEL.contains(b));
    }

    private void checkEffectiveDate(List<OrgUnitInfo> units, LocalDate effectiveOn) {
        if (effectiveOn == null || units.stream().anyMatch(u -> !effectiveOn.isAfter(u.validFrom()))) {
            throw ValidationException.of("effectiveOn", "identity.unit.effective-date.invalid");
        }
    }

    /** Successor drafts take the change's date. */
    private static NewUnit datedOn(NewUnit unit, LocalDate effectiveOn) {
        return new NewUnit(unit.code(), unit.name(), unit.kind(), unit.parentCode(), effectiveOn);
    }

    @Override
    public OrgUnitInfo merge(UserPrincipal actor, List<Long> unitIds, NewUnit successor, Long keptUnitId,
            LocalDate effectiveOn, String decision) {
        OrgUnitSnapshot snapshot = directory.snapshot();
        Set<Long> ids = unitIds == null ? Set.of() : new LinkedHashSet<>(unitIds);
        if (ids.size() < 2) {
            throw ValidationException.of("unitIds", "identity.unit.merge.too-few");
        }
        List<OrgUnitInfo> merged = new ArrayList<>();
        for (Long id : ids) {
            merged.add(current(snapshot, id, "unitIds"));
        }
        checkEffectiveDate(merged, effectiveOn);
        decisionProblem(decision).ifPresent(v -> {
            throw new ValidationException(v);
        });
        String successorKind;
        Long newParentId = null;
        if (successor == null) {
            if (keptUnitId == null || !ids.contains(keptUnitId)) {
                throw ValidationException.of("keptUnitId", "identity.unit.merge.kept-not-listed");
            }
            successorKind = snapshot.find(keptUnitId).orElseThrow().kind();
        } else {
            NewUnit dated = datedOn(successor, effectiveOn);
            List<Violation> violations = UnitDraftCheck.check(dated, "successor.",
                    UnitDraftCheck.existing(snapshot), UnitDraftCheck.takenIn(snapshot, "successor."), true);
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
            successorKind = dated.kind().strip();
            newParentId = dated.parentCode() == null || dated.parentCode().isBlank() ? null
                    : snapshot.findByCode(dated.parentCode().strip()).orElseThrow().id();
        }
        for (OrgUnitInfo unit : merged) {
            if (!sameLevel(unit.kind(), successorKind)) {
                throw ValidationException.of("unitIds", "identity.unit.merge.kind-mismatch");
            }
        }
        checkChildrenFit(snapshot, merged, Map.of(), List.of(successorKind));
        for (OrgUnitInfo unit : merged) {
            access.check(actor, ManageUnitsPermission.ID, unit.id());
        }
        if (successor != null) {
            checkMayCreateUnder(actor, newParentId);
        }
        Long parentOfNew = newParentId;
        long successorId;
        try {
            successorId = store.inTransaction(em -> {
                UnitWriter writer = new UnitWriter(em, actor.login(), nowUtc());
                OrgUnit target = successor == null ? em.find(OrgUnit.class, keptUnitId)
                        : writer.create(successor.code().strip(), successor.name().strip(), successorKind,
                                parentOfNew, effectiveOn, strip(decision));
                List<OrgUnit> predecessors = new ArrayList<>();
                for (OrgUnitInfo unit : merged) {
                    predecessors.add(em.find(OrgUnit.class, unit.id()));
                }
                writer.succeed(UnitChange.Kind.MERGE, predecessors, List.of(target), effectiveOn, strip(decision));
                for (OrgUnit predecessor : predecessors) {
                    if (predecessor != target) {
                        moveChildren(em, predecessor.getId(), Map.of(), List.of(target));
                    }
                }
                audit.change(actor, "identity.unit.merged", "org-unit", target.getId(), target.getId(),
                        IdentityAudit.details("units", String.join(",", merged.stream().map(OrgUnitInfo::code).toList()),
                                "successor", target.getCode(), "effectiveOn", effectiveOn, "decision",
                                strip(decision)));
                return target.getId();
            });
        } catch (PersistenceException e) {
            throw successor == null ? e : codeConflict(e, List.of(successor.code().strip()));
        }
        directory.reload();
        return directory.find(successorId).orElseThrow();
    }

    /** Every current child of the ended units must be allowed under the successor it moves to. */
    private static void checkChildrenFit(OrgUnitSnapshot snapshot, List<OrgUnitInfo> ended,
            Map<Long, Integer> childMoves, List<String> successorKinds) {
        List<Violation> violations = new ArrayList<>();
        for (OrgUnitInfo unit : ended) {
            for (OrgUnitInfo child : snapshot.children(unit.id())) {
                String target = successorKinds.get(childMoves.getOrDefault(child.id(), 0));
                if (!UnitKindRules.allowedUnder(child.kind(), target)) {
                    violations.add(Violation.of("childMoves", "identity.unit.child-not-allowed", child.code()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static void moveChildren(EntityManager em, Long parentId, Map<Long, Integer> childMoves,
            List<OrgUnit> targets) {
        for (OrgUnit child : em.createQuery("SELECT u FROM OrgUnit u WHERE u.parentId = :p AND u.validTo IS NULL",
                OrgUnit.class).setParameter("p", parentId).getResultList()) {
            child.setParentId(targets.get(childMoves.getOrDefault(child.getId(), 0)).getId());
        }
    }

    @Override
    public List<OrgUnitInfo> split(UserPrincipal actor, long unitId, List<NewUnit> successors,
            Map<Long, Integer> childMoves, LocalDate effectiveOn, String decision) {
        OrgUnitSnapshot snapshot = directory.snapshot();
        OrgUnitInfo unit = current(snapshot, unitId, "unitId");
        checkEffectiveDate(List.of(unit), effectiveOn);
        if (successors == null || successors.size() < 2) {
            throw ValidationException.of("successors", "identity.unit.split.too-few");
        }
        Map<Long, Integer> moves = childMoves == null ? Map.of() : childMoves;
        List<Violation> violations = new ArrayList<>();
        decisionProblem(decision).ifPresent(violations::add);
        Set<String> codesInRequest = new HashSet<>();
        List<NewUnit> dated = new ArrayList<>();
        for (int i = 0; i < successors.size(); i++) {
            NewUnit draft = datedOn(successors.get(i), effectiveOn);
            dated.add(draft);
            String field = "successors[" + i + "].";
            violations.addAll(UnitDraftCheck.check(draft, field, UnitDraftCheck.existing(snapshot), code -> {
                if (!codesInRequest.add(code)) {
                    return Optional.of(Violation.of(field + "code", "identity.unit.code.taken", code));
                }
                return UnitDraftCheck.takenIn(snapshot, field).apply(code);
            }, true));
        }
        Set<Long> children = new HashSet<>(snapshot.children(unitId).stream().map(OrgUnitInfo::id).toList());
        for (Map.Entry<Long, Integer> move : moves.entrySet()) {
            if (!children.contains(move.getKey()) || move.getValue() == null || move.getValue() < 0
                    || move.getValue() >= successors.size()) {
                violations.add(Violation.of("childMoves", "identity.unit.split.child-invalid",
                        String.valueOf(move.getKey())));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        List<String> kinds = dated.stream().map(d -> d.kind().strip()).toList();
        for (String kind : kinds) {
            if (!sameLevel(unit.kind(), kind)) {
                throw ValidationException.of("successors", "identity.unit.merge.kind-mismatch");
            }
        }
        checkChildrenFit(snapshot, List.of(unit), moves, kinds);
        access.check(actor, ManageUnitsPermission.ID, unitId);
        List<Long> parentIds = new ArrayList<>();
        for (NewUnit draft : dated) {
            Long parentId = draft.parentCode() == null || draft.parentCode().isBlank() ? null
                    : snapshot.findByCode(draft.parentCode().strip()).orElseThrow().id();
            checkMayCreateUnder(actor, parentId);
            parentIds.add(parentId);
        }
        List<Long> createdIds;
        try {
            createdIds = store.inTransaction(em -> {
                UnitWriter writer = new UnitWriter(em, actor.login(), nowUtc());
                List<OrgUnit> created = new ArrayList<>();
                for (int i = 0; i < dated.size(); i++) {
                    NewUnit draft = dated.get(i);
                    created.add(writer.create(draft.code().strip(), draft.name().strip(), kinds.get(i),
                            parentIds.get(i), effectiveOn, strip(decision)));
                }
                OrgUnit ended = em.find(OrgUnit.class, unitId);
                writer.succeed(UnitChange.Kind.SPLIT, List.of(ended), created, effectiveOn, strip(decision));
                moveChildren(em, unitId, moves, created);
                audit.change(actor, "identity.unit.split", "org-unit", unitId, unitId, IdentityAudit.details("unit",
                        unit.code(), "successors", String.join(",", created.stream().map(OrgUnit::getCode).toList()),
                        "effectiveOn", effectiveOn, "decision", strip(decision)));
                return created.stream().map(OrgUnit::getId).toList();
            });
        } catch (PersistenceException e) {
            throw codeConflict(e, dated.stream().map(d -> d.code().strip()).toList());
        }
        directory.reload();
        return createdIds.stream().map(id -> directory.find(id).orElseThrow()).toList();
    }

    @Override
    public List<UnitChange> history(long unitId) {
        return store.read(em -> {
            List<Long> changeIds = em.createQuery(
                    "SELECT DISTINCT m.changeId FROM UnitChangeMember m WHERE m.unitId = :u", Long.class)
                    .setParameter("u", unitId).getResultList();
            if (changeIds.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Long>> predecessors = new HashMap<>();
            Map<Long, List<Long>> successors = new HashMap<>();
            for (UnitChangeMember m : em.createQuery(
                    "SELECT m FROM UnitChangeMember m WHERE m.changeId IN :ids ORDER BY m.id", UnitChangeMember.class)
                    .setParameter("ids", changeIds).getResultList()) {
                (UnitChangeMember.PREDECESSOR.equals(m.getSide()) ? predecessors : successors)
                        .computeIfAbsent(m.getChangeId(), k -> new ArrayList<>()).add(m.getUnitId());
            }
            return em.createQuery("SELECT c FROM UnitChangeRecord c WHERE c.id IN :ids ORDER BY c.effectiveOn, c.id",
                    UnitChangeRecord.class).setParameter("ids", changeIds).getResultList().stream()
                    .map(c -> new UnitChange(UnitChange.Kind.valueOf(c.getKind()), c.getEffectiveOn(),
                            predecessors.getOrDefault(c.getId(), List.of()),
                            successors.getOrDefault(c.getId(), List.of()), c.getOldName(), c.getNewName(),
                            c.getDecision()))
                    .toList();
        });
    }

    @Override
    public UnitImportReport importCsv(UserPrincipal actor, Reader csv) {
        UnitCsvImport.Plan plan = UnitCsvImport.plan(csv, directory.snapshot(), today());
        if (!plan.report().accepted()) {
            return plan.report();
        }
        for (Long parentId : plan.existingParentIds()) {
            checkMayCreateUnder(actor, parentId);
        }
        if (plan.createsRoots()) {
            checkMayCreateUnder(actor, null);
        }
        UnitImportReport report = new UnitImportReport(plan.report().linesRead(), plan.lines().size(), List.of());
        try {
            store.run(em -> {
                UnitWriter writer = new UnitWriter(em, actor.login(), nowUtc());
                Map<String, Long> created = new HashMap<>();
                for (UnitCsvImport.Line line : plan.lines()) {
                    Long parentId = line.parentCode() == null ? null
                            : created.containsKey(line.parentCode()) ? created.get(line.parentCode())
                                    : directory.snapshot().findByCode(line.parentCode()).orElseThrow().id();
                    OrgUnit unit = writer.create(line.code(), line.name(), line.kind(), parentId, line.validFrom(),
                            null);
                    created.put(line.code(), unit.getId());
                }
                audit.change(actor, "identity.unit.imported", "org-unit", null, null, IdentityAudit.details("lines",
                        report.linesRead(), "created", report.unitsCreated(), "codes", String.join(",",
                                plan.lines().stream().limit(20).map(UnitCsvImport.Line::code).toList())
                                + (plan.lines().size() > 20 ? ",…" : "")));
            });
        } catch (PersistenceException e) {
            throw codeConflict(e, plan.lines().stream().map(UnitCsvImport.Line::code).toList());
        }
        directory.reload();
        return report;
    }
}
