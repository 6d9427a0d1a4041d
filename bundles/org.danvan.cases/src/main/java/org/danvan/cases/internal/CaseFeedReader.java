package org.danvan.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.feed.CaseFeed;
import org.danvan.cases.api.feed.CaseMarker;
import org.danvan.cases.api.feed.FeedCase;
import org.danvan.cases.api.feed.FeedPerson;
import org.danvan.cases.api.feed.FeedStep;
import org.danvan.cases.internal.model.CaseRecord;

import jakarta.persistence.EntityManager;

/**
 * The change feed: markers in id order and the export view. A denunciation's petitioners are never read; those of a
 * case not yet past classification are withheld too.
 */
final class CaseFeedReader {

    /** The states in which a case may still be classified, so change its kind. */
    private static final java.util.Set<CaseStatus> KIND_OPEN = java.util.EnumSet.of(CaseStatus.RECEIVED,
            CaseStatus.CLASSIFIED);

    private final CaseContext context;
    private final IdentityVault vault;

    CaseFeedReader(CaseContext context, IdentityVault vault) {
        this.context = context;
        this.vault = vault;
    }

    List<CaseMarker> markers(long afterId, int limit) {
        if (limit < 1 || limit > CaseFeed.MAX_PAGE || afterId < 0) {
            throw new IllegalArgumentException("afterId " + afterId + ", limit " + limit);
        }
        return context.store().read(em -> {
            List<Object[]> rows = em.createQuery("SELECT c.id, c.version FROM CaseRecord c WHERE c.id > :after"
                    + " ORDER BY c.id", Object[].class).setParameter("after", afterId).setMaxResults(limit)
                    .getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            long last = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            Map<Long, Long> steps = stepCounts(em, afterId, last);
            List<CaseMarker> markers = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                markers.add(new CaseMarker(id, ((Number) row[1]).longValue(), steps.getOrDefault(id, 0L)));
            }
            return markers;
        });
    }

    private static Map<Long, Long> stepCounts(EntityManager em, long afterId, long last) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT s.caseId, COUNT(s) FROM CaseStepRecord s WHERE s.caseId > :after"
                + " AND s.caseId <= :last GROUP BY s.caseId", Object[].class).setParameter("after", afterId)
                .setParameter("last", last).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    List<FeedCase> read(Collection<Long> ids) {
        if (ids.size() > CaseFeed.MAX_PAGE) {
            throw new IllegalArgumentException(ids.size() + " ids");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return context.store().read(em -> {
            List<FeedCase> cases = new ArrayList<>();
            for (CaseRecord record : em.createQuery("SELECT c FROM CaseRecord c WHERE c.id IN :ids ORDER BY c.id",
                    CaseRecord.class).setParameter("ids", ids).getResultList()) {
                cases.add(view(em, record));
            }
            return cases;
        });
    }

    private FeedCase view(EntityManager em, CaseRecord record) {
        long caseId = record.getId();
        List<CaseStep> timeline = CaseSteps.timeline(em, caseId);
        List<FeedStep> steps = timeline.stream().map(s -> new FeedStep(s.action().name(), s.at(),
                s.fromStatus() == null ? null : s.fromStatus().name(), s.toStatus().name())).toList();
        // withheld for a denunciation, and for any case whose kind may still change (received or classified, not
        // yet accepted, returned or transferred): a letter recorded as a complaint and classified as a denunciation
        // the next day must not have left with its writer's name in between
        boolean protectedIdentity = CaseKind.valueOf(record.kind).protectsIdentity()
                || KIND_OPEN.contains(CaseStatus.valueOf(record.status));
        List<FeedPerson> petitioners = new ArrayList<>();
        int count;
        if (protectedIdentity) {
            // counted, never decrypted
            count = (int) vault.count(em, caseId);
        } else {
            List<PersonData> persons = vault.read(em, caseId);
            count = persons.size();
            persons.forEach(p -> petitioners.add(new FeedPerson(p.fullName(), p.address())));
        }
        return new FeedCase(caseId, new CaseMarker(caseId, record.getVersion(), timeline.size()), record.number,
                record.unitId, record.kind, record.status, record.channel, record.receivedOn, record.dueDate,
                record.content, record.group, record.peopleCount, record.outcome, record.resolvedOn,
                record.resolvedLate, protectedIdentity, count, petitioners, steps);
    }
}
