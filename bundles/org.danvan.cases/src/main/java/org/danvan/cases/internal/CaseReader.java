package org.danvan.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.cases.api.AttachmentInfo;
import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.DueState;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PetitionerView;
import org.danvan.cases.api.PublicStatus;
import org.danvan.cases.internal.model.Attachment;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.DuplicateLink;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

import jakarta.persistence.EntityManager;

/** Reads cases: detail, worklists, dashboards, report counts and the public status. */
final class CaseReader {

    static final String MASK = "***";

    private final CaseContext context;
    private final CaseClocks clocks;
    private final IdentityVault vault;
    private final CaseQueries queries;

    CaseReader(CaseContext context, CaseClocks clocks, IdentityVault vault, SearchIndex search) {
        this.context = context;
        this.clocks = clocks;
        this.vault = vault;
        this.queries = new CaseQueries(context, clocks, search);
    }

    CaseDetail detail(UserPrincipal user, long caseId) {
        return context.store().read(em -> {
            CaseRecord record = load(em, caseId);
            context.access().check(user, CasePermissions.VIEW, record.unitId);
            return detail(em, user, record);
        });
    }

    private CaseDetail detail(EntityManager em, UserPrincipal user, CaseRecord record) {
        long caseId = record.getId();
        boolean reopened = CaseSteps.isReopened(em, caseId);
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : Transitions.allowed(record, reopened)) {
            if (context.access().isPermitted(user, action.permission(), record.unitId)) {
                allowed.add(action);
            }
        }
        List<PetitionerView> petitioners = new ArrayList<>();
        boolean masked = CaseKind.valueOf(record.kind).protectsIdentity();
        if (masked) {
            long count = vault.count(em, caseId);
            for (int i = 0; i < count; i++) {
                petitioners.add(new PetitionerView(i, true, new PersonData(MASK, null, null, null, null, null)));
            }
            if (count > 0 && context.access().isPermitted(user, CasePermissions.UNMASK, record.unitId)) {
                allowed.add(CaseAction.UNMASK);
            }
        } else {
            List<PersonData> persons = vault.read(em, caseId);
            for (int i = 0; i < persons.size(); i++) {
                petitioners.add(new PetitionerView(i, false, persons.get(i)));
            }
        }
        List<AttachmentInfo> attachments = em.createQuery(
                "SELECT a FROM Attachment a WHERE a.caseId = :c ORDER BY a.id", Attachment.class)
                .setParameter("c", caseId).getResultList().stream()
                .map(a -> new AttachmentInfo(a.getId(), a.fileName, a.mediaType, a.size, a.sha256, Times.instant(a.addedAt),
                        a.addedBy))
                .toList();
        return new CaseDetail(summary(record), org.danvan.cases.api.Channel.valueOf(record.channel),
                record.forwardedBy, record.group, record.peopleCount, record.content, record.sourceType,
                record.sourceId, record.processable,
                CaseClocks.variants(record).stream().map(Enum::name).collect(Collectors.toSet()),
                record.parentCaseId, clocks.nextDue(record),
                record.outcome == null ? null : Outcome.valueOf(record.outcome), record.resolvedOn,
                record.resolvedLate, petitioners, CaseSteps.timeline(em, caseId), allowed, attachments,
                duplicates(em, caseId));
    }

    private static List<DuplicateCandidate> duplicates(EntityManager em, long caseId) {
        List<DuplicateCandidate> candidates = new ArrayList<>();
        List<DuplicateLink> links = em.createQuery(
                "SELECT d FROM DuplicateLink d WHERE d.caseId = :c OR d.otherCaseId = :c ORDER BY d.id",
                DuplicateLink.class).setParameter("c", caseId).getResultList();
        for (DuplicateLink link : links) {
            long other = link.caseId == caseId ? link.otherCaseId : link.caseId;
            CaseRecord record = em.find(CaseRecord.class, other);
            if (record != null) {
                candidates.add(new DuplicateCandidate(other, record.number, record.unitId, link.reason, link.score,
                        link.state));
            }
        }
        return candidates;
    }

    Optional<CaseSummary> findByNumberOrId(UserPrincipal user, String numberOrId) {
        if (numberOrId == null || numberOrId.isBlank() || numberOrId.length() > 32) {
            return Optional.empty();
        }
        String key = numberOrId.strip();
        AccessScope scope = context.access().scope(user, CasePermissions.VIEW);
        return context.store().read(em -> {
            List<CaseRecord> found;
            if (key.matches("\\d{1,18}")) {
                CaseRecord record = em.find(CaseRecord.class, Long.parseLong(key));
                found = record == null ? List.of() : List.of(record);
            } else {
                found = em.createQuery("SELECT c FROM CaseRecord c WHERE c.number = :n", CaseRecord.class)
                        .setParameter("n", key).getResultList();
            }
            return found.stream().filter(r -> scope.covers(r.unitId)).findFirst().map(CaseReader::summary);
        });
    }

    Page<CaseSummary> find(UserPrincipal user, CaseQuery query) {
        return queries.find(user, query);
    }

    List<DashboardCount> dashboard(UserPrincipal user, long unitId) {
        context.access().check(user, CasePermissions.VIEW, unitId);
        Set<Long> units = subtree(unitId);
        return context.store().read(em -> em.createQuery("SELECT c.kind, c.status, c.dueState, COUNT(c) "
                + "FROM CaseRecord c WHERE c.unitId IN :u GROUP BY c.kind, c.status, c.dueState", Object[].class)
                .setParameter("u", units).getResultList().stream()
                .map(row -> new DashboardCount(CaseKind.valueOf((String) row[0]), CaseStatus.valueOf((String) row[1]),
                        DueState.valueOf((String) row[2]), ((Number) row[3]).longValue()))
                .toList());
    }

    PeriodCounts periodCounts(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", "case.error.period");
        }
        context.access().check(user, CasePermissions.VIEW, unitId);
        Set<Long> units = subtree(unitId);
        return context.store().read(em -> new PeriodCounts(
                count(em, "c.receivedOn BETWEEN :f AND :t", units, from, to),
                count(em, "c.acceptedOn BETWEEN :f AND :t", units, from, to),
                count(em, "c.resolvedOn BETWEEN :f AND :t AND c.resolvedLate = FALSE", units, from, to),
                count(em, "c.resolvedOn BETWEEN :f AND :t AND c.resolvedLate = TRUE", units, from, to),
                count(em, "c.receivedOn <= :t AND (c.finishedOn IS NULL OR c.finishedOn > :t)", units,
                        from, to)));
    }

    PeriodCounts handledCounts(UserPrincipal user, long unitId, long handlerUserId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw ValidationException.of("to", "case.error.period");
        }
        context.access().check(user, CasePermissions.VIEW, unitId);
        Set<Long> units = subtree(unitId);
        String mine = "c.handlerUserId = " + handlerUserId + " AND ";
        return context.store().read(em -> new PeriodCounts(
                count(em, mine + "c.receivedOn BETWEEN :f AND :t", units, from, to),
                count(em, mine + "c.acceptedOn BETWEEN :f AND :t", units, from, to),
                count(em, mine + "c.resolvedOn BETWEEN :f AND :t AND c.resolvedLate = FALSE", units, from, to),
                count(em, mine + "c.resolvedOn BETWEEN :f AND :t AND c.resolvedLate = TRUE", units, from, to),
                count(em, mine + "c.receivedOn <= :t AND (c.finishedOn IS NULL OR c.finishedOn > :t)", units,
                        from, to)));
    }

    private static long count(EntityManager em, String condition, Set<Long> units, LocalDate from, LocalDate to) {
        var query = em.createQuery("SELECT COUNT(c) FROM CaseRecord c WHERE c.unitId IN :u AND " + condition,
                Long.class).setParameter("u", units).setParameter("t", to);
        if (condition.contains(":f")) {
            query.setParameter("f", from);
        }
        return query.getSingleResult();
    }

    Optional<PublicStatus> publicStatus(String trackingCode) {
        String code = TrackingCodes.canonical(trackingCode);
        if (code == null) {
            return Optional.empty();
        }
        return context.store().read(em -> em.createQuery(
                "SELECT c FROM CaseRecord c WHERE c.trackingCode = :t", CaseRecord.class).setParameter("t", code)
                .getResultList().stream().findFirst()
                // a suspended case's running clock is the office's own (sending the decision), not the citizen's
                .map(c -> new PublicStatus(CaseKind.valueOf(c.kind), CaseStatus.valueOf(c.status), c.receivedOn,
                        CaseStatus.SUSPENDED.name().equals(c.status) ? null : c.dueDate)));
    }

    Set<Long> subtree(long unitId) {
        return UnitTree.subtree(context.directory(), unitId);
    }

    static CaseRecord load(EntityManager em, long caseId) {
        CaseRecord record = em.find(CaseRecord.class, caseId);
        if (record == null) {
            throw new CaseConflictException(CaseConflictException.GONE, null);
        }
        return record;
    }

    static CaseSummary summary(CaseRecord c) {
        return new CaseSummary(c.getId(), c.number, c.unitId, CaseKind.valueOf(c.kind), CaseStatus.valueOf(c.status),
                c.receivedOn, c.dueRuleId, c.dueDate, DueState.valueOf(c.dueState), c.handlerUserId, c.concerned,
                c.excerpt, c.getVersion());
    }
}
