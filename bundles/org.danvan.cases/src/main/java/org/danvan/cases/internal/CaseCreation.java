package org.danvan.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.cases.api.CaseAction;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.internal.model.CaseCounter;
import org.danvan.cases.internal.model.CasePerson;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.DuplicateLink;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Creates cases: intake and the reopening of a first complaint as a second one. The per-unit yearly number comes
 * from a counter row locked for the transaction (SELECT ... FOR UPDATE), so concurrent intakes get consecutive
 * numbers without gaps or duplicates; a rolled-back intake gives its number back.
 */
final class CaseCreation {

    private final CaseContext context;
    private final CaseClocks clocks;
    private final IdentityVault vault;
    private final SearchIndex search;
    private final DuplicateDetector duplicates;
    private final CaseSteps steps;
    private final CaseAudit audit;
    private final CitizenMailOutbox mails;

    CaseCreation(CaseContext context, CaseClocks clocks, IdentityVault vault, SearchIndex search,
            DuplicateDetector duplicates, CaseSteps steps, CaseAudit audit, CitizenMailOutbox mails) {
        this.context = context;
        this.clocks = clocks;
        this.vault = vault;
        this.search = search;
        this.duplicates = duplicates;
        this.steps = steps;
        this.audit = audit;
        this.mails = mails;
    }

    /** The candidates a letter would have, read only (see {@code CaseService.possibleDuplicates}). */
    List<DuplicateCandidate> possibleDuplicates(UserPrincipal user, IntakeRequest request) {
        IntakeValidator.check(request, context.directory(), context.today());
        context.access().check(user, CasePermissions.INTAKE, request.unitId());
        Set<Long> sketch = duplicates.sketchOf(request.content().strip());
        Set<String> persons = vault.matchHashesOf(request.petitioners());
        return context.store().read(em -> {
            List<DuplicateCandidate> candidates = new ArrayList<>();
            for (DuplicateLink link : duplicates.find(em, -1, request.receivedOn(), persons, sketch)) {
                CaseRecord other = em.find(CaseRecord.class, link.otherCaseId);
                candidates.add(new DuplicateCandidate(other.getId(), other.number, other.unitId, link.reason,
                        link.score, link.state));
            }
            return candidates;
        });
    }

    IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer) {
        return intake(user, request, answer, (em, record) -> { });
    }

    /** The intake, with {@code alsoInTransaction} run on the new case inside the intake's transaction. */
    IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer,
            java.util.function.BiConsumer<EntityManager, CaseRecord> alsoInTransaction) {
        IntakeValidator.check(request, context.directory(), context.today());
        context.access().check(user, CasePermissions.INTAKE, request.unitId());
        ensureCounter(request.unitId(), request.receivedOn().getYear());
        IntakeReceipt receipt = CaseTransactions.write(context.store(), em -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("channel", request.channel().name());
            if (request.sourceType() != null) {
                details.put("source", request.sourceType() + ":" + request.sourceId());
            }
            IntakeReceipt created = create(em, user, request, request.kind(), null, details, answer);
            alsoInTransaction.accept(em, em.find(CaseRecord.class, created.caseId()));
            // a petitioner whose e-mail the officer recorded gets the milestones, in Vietnamese (the counter's language);
            // never a denouncer at the counter: nobody asked whether mail about it may reach that mailbox (the online
            // form asks)
            boolean mailed = !request.kind().protectsIdentity() && mails.subscribe(em,
                    em.find(CaseRecord.class, created.caseId()), request.petitioners(), "vi");
            // classifying a new case is the heads' decision
            Notifications.raise(em, em.find(CaseRecord.class, created.caseId()), null, request.unitId(),
                    Notifications.CLASSIFICATION_NEEDED, java.time.Instant.now(context.clock()));
            Map<String, String> audited = new LinkedHashMap<>();
            audited.put("number", created.number());
            audited.put("kind", request.kind().name());
            if (!answer.shown().isEmpty()) {
                audited.put("duplicatesShown", Long.toString(answer.shown().size()));
                audited.put("sameMatter", answer.sameMatter().stream().sorted().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")));
            }
            if (mailed) {
                audited.put("milestoneMails", "vi");
            }
            audit.changed("case.intake", user, created.caseId(), request.unitId(), audited);
            return created;
        });
        return receipt;
    }

    IntakeReceipt reopen(UserPrincipal user, long caseId, long receivingUnitId, LocalDate receivedOn,
            String content) {
        List<Violation> violations = new ArrayList<>();
        if (context.directory().find(receivingUnitId).isEmpty()) {
            violations.add(Violation.of("unitId", "case.error.unit.unknown", receivingUnitId));
        }
        IntakeValidator.receivedOn(violations, receivedOn, context.today());
        if (IntakeValidator.blank(content)) {
            violations.add(Violation.of("content", "case.error.required"));
        } else {
            IntakeValidator.length(violations, "content", content, IntakeValidator.MAX_CONTENT);
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        context.access().check(user, CasePermissions.REOPEN, receivingUnitId);
        ensureCounter(receivingUnitId, receivedOn.getYear());
        IntakeReceipt receipt = CaseTransactions.write(context.store(), em -> {
            // the lock serialises two officers reopening the same complaint at once
            CaseRecord first = em.find(CaseRecord.class, caseId, LockModeType.PESSIMISTIC_WRITE);
            if (first == null) {
                throw new org.danvan.cases.api.CaseConflictException(
                        org.danvan.cases.api.CaseConflictException.GONE, null);
            }
            context.access().check(user, CasePermissions.VIEW, first.unitId);
            Transitions.require(first, CaseSteps.isReopened(em, caseId), CaseAction.REOPEN);
            if (receivedOn.isBefore(first.resolvedOn == null ? first.receivedOn : first.resolvedOn)) {
                throw ValidationException.of("receivedOn", "case.error.date.before-decision");
            }
            List<PersonData> petitioners = vault.read(em, caseId);
            IntakeRequest second = new IntakeRequest(receivingUnitId, CaseKind.COMPLAINT_SECOND,
                    org.danvan.cases.api.Channel.valueOf(first.channel), first.forwardedBy, petitioners, first.group,
                    first.peopleCount, first.concerned, content, receivedOn, "case", Long.toString(caseId));
            IntakeReceipt created = create(em, user, second, CaseKind.COMPLAINT_SECOND, first.getId(),
                    Map.of("reopens", first.number), DuplicateAnswer.none());
            steps.add(em, first, user, CaseAction.REOPEN, CaseStatus.valueOf(first.status),
                    CaseStatus.valueOf(first.status), Map.of("secondCase", created.number()));
            mails.reopened(em, first, em.find(CaseRecord.class, created.caseId()));
            em.lock(first, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.changed("case.reopen", user, caseId, receivingUnitId, Map.of("secondCase", created.number()));
            return created;
        });
        return receipt;
    }

    /** Creates the case inside the caller's transaction (the counter row must exist: {@link #ensureCounter}). */
    IntakeReceipt create(EntityManager em, UserPrincipal user, IntakeRequest request, CaseKind kind,
            Long parentCaseId, Map<String, String> stepDetails, DuplicateAnswer answer) {
        int year = request.receivedOn().getYear();
        CaseCounter counter = em.find(CaseCounter.class, CaseCounter.key(request.unitId(), year),
                LockModeType.PESSIMISTIC_WRITE);
        counter.lastValue++;
        CaseRecord record = new CaseRecord();
        record.unitId = request.unitId();
        record.caseYear = year;
        record.caseSeq = counter.lastValue;
        record.number = String.format("%d/%06d", year, counter.lastValue);
        record.trackingCode = TrackingCodes.next();
        record.kind = kind.name();
        record.status = CaseStatus.RECEIVED.name();
        record.channel = request.channel().name();
        record.forwardedBy = strip(request.forwardedBy());
        record.group = request.group();
        record.peopleCount = request.peopleCount();
        record.concerned = strip(request.concerned());
        record.content = request.content().strip();
        record.excerpt = excerpt(record.content);
        record.receivedOn = request.receivedOn();
        record.sourceType = request.sourceType();
        record.sourceId = request.sourceId();
        record.parentCaseId = parentCaseId;
        record.variants = "";
        record.createdAt = Times.utc(Instant.now(context.clock()));
        clocks.start(record, CaseClocks.intakeStep(kind), CaseClocks.intakeRule(kind), request.receivedOn());
        em.persist(record);
        long caseId = record.getId();

        List<CasePerson> persons = vault.store(em, caseId, request.petitioners());
        Set<String> nameTokens = kind.protectsIdentity() ? Set.of() : vault.nameTokens(request.petitioners());
        search.index(em, record, nameTokens);
        Set<Long> sketch = duplicates.sketchOf(record.content);
        duplicates.storeSketch(em, caseId, sketch);
        em.flush();
        List<DuplicateLink> links = duplicates.detect(em, caseId, record.receivedOn, vault.matchHashes(persons),
                sketch);
        // the receiving officer's decision on what was shown before saving; what appears only now stays open
        for (DuplicateLink link : links) {
            if (answer.shown().contains(link.otherCaseId)) {
                link.state = answer.sameMatter().contains(link.otherCaseId) ? "LINKED" : "DISMISSED";
            }
        }
        Map<String, String> details = new LinkedHashMap<>(stepDetails);
        details.put("number", record.number);
        details.put("duplicates", Integer.toString(links.size()));
        steps.add(em, record, user, CaseAction.INTAKE, null, CaseStatus.RECEIVED, details);
        List<DuplicateCandidate> candidates = new ArrayList<>();
        for (DuplicateLink link : links) {
            CaseRecord other = em.find(CaseRecord.class, link.otherCaseId);
            candidates.add(new DuplicateCandidate(other.getId(), other.number, other.unitId, link.reason, link.score,
                    link.state));
        }
        return new IntakeReceipt(caseId, record.number, TrackingCodes.display(record.trackingCode), candidates);
    }

    /** Creates a unit's counter row for a year unless it exists; a concurrent creation is not an error. */
    void ensureCounter(long unitId, int year) {
        String key = CaseCounter.key(unitId, year);
        boolean exists = context.store().read(em -> em.find(CaseCounter.class, key) != null);
        if (exists) {
            return;
        }
        try {
            context.store().run(em -> em.persist(new CaseCounter(key)));
        } catch (RuntimeException e) {
            // another intake created it between our look and our insert (duplicate key): it exists now
            if (!context.store().read(em -> em.find(CaseCounter.class, key) != null)) {
                throw e;
            }
        }
    }

    static String excerpt(String content) {
        String flat = content.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
