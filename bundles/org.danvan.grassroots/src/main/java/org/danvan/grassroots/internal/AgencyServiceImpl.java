package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.danvan.grassroots.api.AgencyConference;
import org.danvan.grassroots.api.AgencyConferenceDraft;
import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.Aspiration;
import org.danvan.grassroots.api.AspirationDraft;
import org.danvan.grassroots.api.BoardKind;
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

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Agencies' annual conferences and the staff aspirations raised at them. The author of an aspiration is personal
 * data: never audited; for an anonymous one it is not stored at all.
 */
final class AgencyServiceImpl implements AgencyService {

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;

    AgencyServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_AGENCY);
    }

    @Override
    public List<AgencyConference> conferences(UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> Readers.inScope(em, "SELECT c", "AgencyConference c", AgencyConferenceEntity.class,
                scope, " ORDER BY c.heldOn DESC, c.id DESC").setMaxResults(500).getResultList().stream()
                .map(c -> toConference(em, c)).toList());
    }

    @Override
    public AgencyConference recordConference(AgencyConferenceDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (draft.heldOn() != null && draft.heldOn().isAfter(PlatformTime.today(clock))
                && problems.stream().noneMatch(p -> "heldOn".equals(p.field()))) {
            problems.add(Violation.of("heldOn", AgencyConferenceDraft.HELD_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, GrassrootsPermissions.MANAGE_AGENCY, draft.unitId());
        String unitName = units.find(draft.unitId()).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", AgencyConferenceDraft.UNIT_REQUIRED));
        return store.audited(em -> {
            long same = em.createQuery("SELECT COUNT(c) FROM AgencyConference c WHERE c.unitId = :unit"
                    + " AND c.year = :year", Long.class).setParameter("unit", draft.unitId())
                    .setParameter("year", draft.year()).getSingleResult();
            if (same > 0) {
                throw ValidationException.of("year", DUPLICATE);
            }
            if (draft.inspectionBoardId() != null) {
                BoardEntity board = em.find(BoardEntity.class, draft.inspectionBoardId());
                if (board == null || board.getUnitId() != draft.unitId()
                        || board.getKind() != BoardKind.AGENCY_INSPECTION) {
                    throw ValidationException.of("inspectionBoardId", AgencyConferenceDraft.BOARD);
                }
            }
            AgencyConferenceEntity entity = new AgencyConferenceEntity(draft, unitName, user.login());
            em.persist(entity);
            em.flush();
            return toConference(em, entity);
        }, saved -> audited("grassroots.conference.recorded", user, "grassroots.conference", saved.id(),
                saved.unitId(), Map.of("year", Integer.toString(saved.year()), "staff",
                        Integer.toString(saved.staffTotal()), "attended", Integer.toString(saved.attended()))));
    }

    @Override
    public List<Aspiration> aspirations(long conferenceId, UserPrincipal user) {
        return store.read(em -> {
            AgencyConferenceEntity conference = em.find(AgencyConferenceEntity.class, conferenceId);
            if (conference == null || !readScope(user).covers(conference.getUnitId())) {
                return List.<Aspiration>of();
            }
            return em.createQuery("SELECT a FROM Aspiration a WHERE a.conferenceId = :id"
                    + " ORDER BY a.forwardedOn, a.id", AspirationEntity.class).setParameter("id", conferenceId)
                    .getResultList().stream().map(AgencyServiceImpl::toAspiration).toList();
        });
    }

    @Override
    public Aspiration recordAspiration(long conferenceId, AspirationDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        LocalDate today = PlatformTime.today(clock);
        if (draft.forwardedOn() != null && draft.forwardedOn().isAfter(today)
                && problems.stream().noneMatch(p -> "forwardedOn".equals(p.field()))) {
            problems.add(Violation.of("forwardedOn", AspirationDraft.FORWARDED_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // the author never enters the trail (and for an anonymous aspiration exists nowhere)
        return store.audited(em -> {
            AgencyConferenceEntity conference = em.find(AgencyConferenceEntity.class, conferenceId);
            if (conference == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            access.check(user, GrassrootsPermissions.MANAGE_AGENCY, conference.getUnitId());
            if (draft.forwardedOn().isBefore(conference.getHeldOn())) {
                throw ValidationException.of("forwardedOn", AspirationDraft.FORWARDED_ON);
            }
            AspirationEntity entity = new AspirationEntity(conferenceId, draft);
            em.persist(entity);
            em.flush();
            return toAspiration(entity);
        }, saved -> audited("grassroots.aspiration.forwarded", user, "grassroots.aspiration", saved.id(), null,
                Map.of("conference", Long.toString(conferenceId), "recipient", saved.recipient().name(), "dueOn",
                        saved.dueOn().toString(), "anonymous", Boolean.toString(saved.anonymous()))));
    }

    @Override
    public Aspiration answerAspiration(long aspirationId, long expectedVersion, String answer, LocalDate answeredOn,
            UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty() || text.length() > AspirationDraft.TEXT_MAX_LENGTH) {
            throw ValidationException.of("answer", ANSWER_TEXT, AspirationDraft.TEXT_MAX_LENGTH);
        }
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            AspirationEntity entity = em.find(AspirationEntity.class, aspirationId);
            if (entity == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            AgencyConferenceEntity conference = em.find(AgencyConferenceEntity.class, entity.getConferenceId());
            access.check(user, GrassrootsPermissions.MANAGE_AGENCY, conference.getUnitId());
            if (entity.getVersion() != expectedVersion) {
                throw new OptimisticLockException("aspiration " + aspirationId + " changed", null, entity);
            }
            if (entity.getAnsweredOn() != null) {
                throw ValidationException.of(null, ALREADY_ANSWERED);
            }
            if (answeredOn == null || answeredOn.isBefore(entity.getForwardedOn()) || answeredOn.isAfter(today)) {
                throw ValidationException.of("answeredOn", ANSWER_DAY);
            }
            entity.answer(text, answeredOn);
            em.flush();
            return toAspiration(entity);
        }, saved -> audited("grassroots.aspiration.answered", user, "grassroots.aspiration", saved.id(), null,
                Map.of("answeredOn", answeredOn.toString(), "late", Boolean.toString(saved.isLateOn(today)))));
    }

    private void audited(String action, UserPrincipal user, String type, long id, Long unitId,
            Map<String, String> details) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), type, Long.toString(id), unitId, details,
                null));
    }

    private static AgencyConference toConference(EntityManager em, AgencyConferenceEntity c) {
        long all = em.createQuery("SELECT COUNT(a) FROM Aspiration a WHERE a.conferenceId = :id", Long.class)
                .setParameter("id", c.getId()).getSingleResult();
        long open = em.createQuery("SELECT COUNT(a) FROM Aspiration a WHERE a.conferenceId = :id"
                + " AND a.answeredOn IS NULL", Long.class).setParameter("id", c.getId()).getSingleResult();
        return new AgencyConference(c.getId(), c.getVersion(), c.getUnitId(), c.getUnitName(), c.getYear(),
                c.getHeldOn(), c.getStaffTotal(), c.getAttended(), c.getResolutions(), c.getInspectionBoardId(), all,
                open);
    }

    private static Aspiration toAspiration(AspirationEntity a) {
        return new Aspiration(a.getId(), a.getVersion(), a.getConferenceId(), a.getContent(), a.getAuthor(),
                a.getRecipient(), a.getForwardedOn(), a.getDueOn(), a.getAnswer(), a.getAnsweredOn());
    }
}
