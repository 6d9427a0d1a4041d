package org.danvan.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Page;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;

import jakarta.persistence.TypedQuery;

/** Builds the worklist queries: scope, worklist, filters, text, sort and paging, on indexed columns. */
final class CaseQueries {

    private static final Set<String> OPEN = Set.of(CaseStatus.RECEIVED.name(), CaseStatus.CLASSIFIED.name(),
            CaseStatus.ACCEPTED.name(), CaseStatus.SUSPENDED.name());
    /** Not yet processed: neither accepted, returned, transferred nor resolved. */
    private static final Set<String> UNPROCESSED = Set.of(CaseStatus.RECEIVED.name(), CaseStatus.CLASSIFIED.name());

    private final CaseContext context;
    private final CaseClocks clocks;
    private final SearchIndex search;

    CaseQueries(CaseContext context, CaseClocks clocks, SearchIndex search) {
        this.context = context;
        this.clocks = clocks;
        this.search = search;
    }

    Page<CaseSummary> find(UserPrincipal user, CaseQuery query) {
        if (query == null || query.worklist() == null) {
            throw ValidationException.of("worklist", "case.error.required");
        }
        if (query.limit() < 1 || query.limit() > 500 || query.offset() < 0) {
            throw ValidationException.of("limit", "case.error.page");
        }
        if (query.text() != null && query.text().length() > 200) {
            throw ValidationException.of("text", "case.error.too-long", 200);
        }
        AccessScope scope = context.access().scope(user, CasePermissions.VIEW);
        if (scope.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        List<String> where = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        Set<Long> units = null;
        if (!scope.unrestricted()) {
            units = new HashSet<>(scope.unitIds());
        }
        if (query.unitId() != null) {
            Set<Long> wanted = query.includeSubunits() ? UnitTree.subtree(context.directory(), query.unitId())
                    : Set.of(query.unitId());
            if (units == null) {
                units = new HashSet<>(wanted);
            } else {
                units.retainAll(wanted);
            }
        }
        if (units != null) {
            if (units.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            add(where, names, values, "c.unitId IN :units", "units", units);
        }
        switch (query.worklist()) {
            case ALL -> {
            }
            case MINE -> {
                add(where, names, values, "c.handlerUserId = :me", "me", user.userId());
                add(where, names, values, "c.status IN :open", "open", OPEN);
            }
            case UNIT_QUEUE -> {
                where.add("c.handlerUserId IS NULL");
                add(where, names, values, "c.status IN :open", "open", OPEN);
            }
            case NEAR_DUE -> {
                add(where, names, values, "c.status IN :open", "open", OPEN);
                add(where, names, values, "c.dueDate >= :today", "today", context.today());
                add(where, names, values, "c.dueDate <= :near", "near", clocks.nearDueLimit());
            }
            case OVERDUE -> {
                add(where, names, values, "c.status IN :open", "open", OPEN);
                add(where, names, values, "c.dueDate < :today", "today", context.today());
            }
            case UNPROCESSED -> {
                LocalDate last = clocks.unprocessedReceivedOnOrBefore();
                if (last == null) {
                    return new Page<>(List.of(), 0);
                }
                add(where, names, values, "c.status IN :unprocessed", "unprocessed", UNPROCESSED);
                add(where, names, values, "c.receivedOn <= :last", "last", last);
            }
        }
        if (query.kinds() != null && !query.kinds().isEmpty()) {
            add(where, names, values, "c.kind IN :kinds", "kinds", query.kinds().stream().map(Enum::name).toList());
        }
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            add(where, names, values, "c.status IN :statuses", "statuses",
                    EnumSet.copyOf(query.statuses()).stream().map(Enum::name).toList());
        }
        if (query.receivedFrom() != null) {
            add(where, names, values, "c.receivedOn >= :rf", "rf", query.receivedFrom());
        }
        if (query.receivedTo() != null) {
            add(where, names, values, "c.receivedOn <= :rt", "rt", query.receivedTo());
        }
        if (query.handlerUserId() != null) {
            add(where, names, values, "c.handlerUserId = :h", "h", query.handlerUserId());
        }
        String order = query.sortByDueDate()
                ? " ORDER BY CASE WHEN c.dueDate IS NULL THEN 1 ELSE 0 END, c.dueDate, c.id"
                : " ORDER BY c.receivedOn DESC, c.id DESC";
        return context.store().read(em -> {
            Set<Long> matching = query.text() == null ? null : search.matchingCaseIds(em, query.text());
            if (matching != null) {
                if (matching.isEmpty()) {
                    return new Page<CaseSummary>(List.of(), 0);
                }
                add(where, names, values, "c.id IN :matching", "matching", matching);
            } else {
                String text = search.condition(query.text(), names, values);
                if (text != null) {
                    where.add(text);
                }
            }
            String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM CaseRecord c" + condition, Long.class);
            TypedQuery<CaseRecord> page = em.createQuery("SELECT c FROM CaseRecord c" + condition + order,
                    CaseRecord.class);
            for (int i = 0; i < names.size(); i++) {
                count.setParameter(names.get(i), values.get(i));
                page.setParameter(names.get(i), values.get(i));
            }
            long total = count.getSingleResult();
            List<CaseSummary> items = page.setFirstResult(query.offset()).setMaxResults(query.limit())
                    .getResultList().stream().map(CaseReader::summary).toList();
            return new Page<>(items, total);
        });
    }

    private static void add(List<String> where, List<String> names, List<Object> values, String condition,
            String name, Object value) {
        where.add(condition);
        names.add(name);
        values.add(value);
    }
}
