package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.FollowUpTask;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.SteeringActivity;
import org.danvan.grassroots.api.SteeringActivityDraft;
import org.danvan.grassroots.api.SteeringActivityKind;
import org.danvan.grassroots.api.SteeringCommittee;
import org.danvan.grassroots.api.SteeringCommitteeDraft;
import org.danvan.grassroots.api.SteeringService;
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

/** Steering Committees, their plans, meetings, rounds and follow-up tasks on the module's tables. */
final class SteeringServiceImpl implements SteeringService {

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;

    SteeringServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, GrassrootsPermissions.VIEW, GrassrootsPermissions.MANAGE_STEERING);
    }

    @Override
    public List<SteeringCommittee> committees(UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        LocalDate today = PlatformTime.today(clock);
        return store.read(em -> Readers.inScope(em, "SELECT c", "SteeringCommittee c", SteeringCommitteeEntity.class,
                scope, " ORDER BY c.unitName, c.id").setMaxResults(500).getResultList().stream()
                .map(c -> toCommittee(em, c, today)).toList());
    }

    @Override
    public SteeringCommittee createCommittee(SteeringCommitteeDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        LocalDate today = PlatformTime.today(clock);
        if (draft.establishedOn() != null && draft.establishedOn().isAfter(today)) {
            problems.add(Violation.of("establishedOn", SteeringCommitteeDraft.ESTABLISHED_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, GrassrootsPermissions.MANAGE_STEERING, draft.unitId());
        String unitName = units.find(draft.unitId()).map(OrgUnitInfo::name)
                .orElseThrow(() -> ValidationException.of("unitId", SteeringCommitteeDraft.UNIT_REQUIRED));
        return store.audited(em -> {
            SteeringCommitteeEntity entity = new SteeringCommitteeEntity(draft, unitName, user.login());
            em.persist(entity);
            em.flush();
            return toCommittee(em, entity, today);
        }, saved -> audited("grassroots.steering.created", user, "grassroots.steering", saved.id(), saved.unitId(),
                Map.of("name", saved.name(), "members", Integer.toString(saved.members().size()))));
    }

    @Override
    public List<SteeringActivity> activities(long committeeId, UserPrincipal user) {
        return store.read(em -> {
            SteeringCommitteeEntity committee = em.find(SteeringCommitteeEntity.class, committeeId);
            if (committee == null || !readScope(user).covers(committee.getUnitId())) {
                return List.<SteeringActivity>of();
            }
            return em.createQuery("SELECT a FROM SteeringActivity a WHERE a.committeeId = :id"
                    + " ORDER BY a.heldOn DESC, a.id DESC", SteeringActivityEntity.class)
                    .setParameter("id", committeeId).getResultList().stream().map(a -> toActivity(em, a)).toList();
        });
    }

    @Override
    public SteeringActivity record(long committeeId, SteeringActivityDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (draft.heldOn() != null && draft.heldOn().isAfter(PlatformTime.today(clock))) {
            problems.add(Violation.of("heldOn", SteeringActivityDraft.HELD_ON));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.audited(em -> {
            SteeringCommitteeEntity committee = em.find(SteeringCommitteeEntity.class, committeeId);
            if (committee == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            access.check(user, GrassrootsPermissions.MANAGE_STEERING, committee.getUnitId());
            String targetName = null;
            if (draft.kind() == SteeringActivityKind.ROUND) {
                // a round looks at the mass-mobilisation work of the committee's unit or a unit below it
                if (!units.currentSubtree(committee.getUnitId()).contains(draft.targetUnitId())) {
                    throw ValidationException.of("targetUnitId", SteeringActivityDraft.TARGET);
                }
                targetName = units.find(draft.targetUnitId()).map(OrgUnitInfo::name).orElseThrow(
                        () -> ValidationException.of("targetUnitId", SteeringActivityDraft.TARGET));
            }
            if (draft.kind() == SteeringActivityKind.PLAN) {
                long plans = em.createQuery("SELECT COUNT(a) FROM SteeringActivity a WHERE a.committeeId = :id"
                        + " AND a.kind = :kind AND a.year = :year", Long.class).setParameter("id", committeeId)
                        .setParameter("kind", SteeringActivityKind.PLAN)
                        .setParameter("year", draft.heldOn().getYear()).getSingleResult();
                if (plans > 0) {
                    throw ValidationException.of("heldOn", DUPLICATE_PLAN);
                }
            }
            SteeringActivityEntity entity = new SteeringActivityEntity(committeeId, draft, targetName, user.login());
            em.persist(entity);
            em.flush();
            return toActivity(em, entity);
        }, saved -> audited("grassroots.steering.recorded", user, "grassroots.steering-activity", saved.id(), null,
                Map.of("committee", Long.toString(committeeId), "kind", saved.kind().name(), "heldOn",
                        saved.heldOn().toString())));
    }

    @Override
    public List<FollowUpTask> tasks(long activityId, UserPrincipal user) {
        return store.read(em -> {
            SteeringActivityEntity activity = em.find(SteeringActivityEntity.class, activityId);
            if (activity == null) {
                return List.<FollowUpTask>of();
            }
            SteeringCommitteeEntity committee = em.find(SteeringCommitteeEntity.class, activity.getCommitteeId());
            if (!readScope(user).covers(committee.getUnitId())) {
                return List.<FollowUpTask>of();
            }
            return em.createQuery("SELECT t FROM FollowUpTask t WHERE t.activityId = :id ORDER BY t.dueOn, t.id",
                    FollowUpTaskEntity.class).setParameter("id", activityId).getResultList().stream()
                    .map(SteeringServiceImpl::toTask).toList();
        });
    }

    @Override
    public FollowUpTask addTask(long activityId, String task, String assignee, LocalDate dueOn, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        String text = task == null ? "" : task.strip();
        String who = assignee == null ? "" : assignee.strip();
        List<Violation> problems = new ArrayList<>();
        if (text.isEmpty() || text.length() > TASK_MAX_LENGTH) {
            problems.add(Violation.of("task", TASK_TEXT, TASK_MAX_LENGTH));
        }
        if (who.isEmpty() || who.length() > ASSIGNEE_MAX_LENGTH) {
            problems.add(Violation.of("assignee", ASSIGNEE, ASSIGNEE_MAX_LENGTH));
        }
        if (dueOn == null) {
            problems.add(Violation.of("dueOn", TASK_DUE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.audited(em -> {
            SteeringActivityEntity activity = em.find(SteeringActivityEntity.class, activityId);
            if (activity == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            SteeringCommitteeEntity committee = em.find(SteeringCommitteeEntity.class, activity.getCommitteeId());
            access.check(user, GrassrootsPermissions.MANAGE_STEERING, committee.getUnitId());
            if (activity.getKind() == SteeringActivityKind.PLAN) {
                throw ValidationException.of(null, TASK_PARENT);
            }
            if (!dueOn.isAfter(activity.getHeldOn())) {
                throw ValidationException.of("dueOn", TASK_DUE);
            }
            FollowUpTaskEntity entity = new FollowUpTaskEntity(activityId, committee.getId(), text, who, dueOn);
            em.persist(entity);
            em.flush();
            return toTask(entity);
        }, saved -> audited("grassroots.task.set", user, "grassroots.task", saved.id(), null,
                Map.of("activity", Long.toString(activityId), "dueOn", dueOn.toString())));
    }

    @Override
    public FollowUpTask completeTask(long taskId, long expectedVersion, String result, LocalDate doneOn,
            UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        String text = result == null ? "" : result.strip();
        if (text.isEmpty() || text.length() > TASK_MAX_LENGTH) {
            throw ValidationException.of("result", TASK_TEXT, TASK_MAX_LENGTH);
        }
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            FollowUpTaskEntity entity = em.find(FollowUpTaskEntity.class, taskId);
            if (entity == null) {
                throw ValidationException.of(null, DisclosureService.GONE);
            }
            SteeringActivityEntity activity = em.find(SteeringActivityEntity.class, entity.getActivityId());
            SteeringCommitteeEntity committee = em.find(SteeringCommitteeEntity.class, activity.getCommitteeId());
            access.check(user, GrassrootsPermissions.MANAGE_STEERING, committee.getUnitId());
            if (entity.getVersion() != expectedVersion) {
                throw new OptimisticLockException("task " + taskId + " changed", null, entity);
            }
            if (entity.getDoneOn() != null) {
                throw ValidationException.of(null, ALREADY_DONE);
            }
            if (doneOn == null || doneOn.isBefore(activity.getHeldOn()) || doneOn.isAfter(today)) {
                throw ValidationException.of("doneOn", DONE_ON);
            }
            entity.done(text, doneOn);
            em.flush();
            return toTask(entity);
        }, saved -> audited("grassroots.task.done", user, "grassroots.task", saved.id(), null,
                Map.of("doneOn", doneOn.toString(), "late", Boolean.toString(saved.isLateOn(today)))));
    }

    private void audited(String action, UserPrincipal user, String type, long id, Long unitId,
            Map<String, String> details) {
        audit.record(new AuditEvent(action, user.login(), user.userId(), type, Long.toString(id), unitId, details,
                null));
    }

    private static SteeringCommittee toCommittee(EntityManager em, SteeringCommitteeEntity c, LocalDate today) {
        long open = em.createQuery("SELECT COUNT(t) FROM FollowUpTask t WHERE t.committeeId = :id"
                + " AND t.doneOn IS NULL", Long.class).setParameter("id", c.getId()).getSingleResult();
        long late = em.createQuery("SELECT COUNT(t) FROM FollowUpTask t WHERE t.committeeId = :id"
                + " AND t.doneOn IS NULL AND t.dueOn < :today", Long.class).setParameter("id", c.getId())
                .setParameter("today", today).getSingleResult();
        return new SteeringCommittee(c.getId(), c.getVersion(), c.getUnitId(), c.getUnitName(), c.getName(),
                c.getEstablishedOn(), c.getMembers(), open, late);
    }

    private static SteeringActivity toActivity(EntityManager em, SteeringActivityEntity a) {
        long all = em.createQuery("SELECT COUNT(t) FROM FollowUpTask t WHERE t.activityId = :id", Long.class)
                .setParameter("id", a.getId()).getSingleResult();
        long open = em.createQuery("SELECT COUNT(t) FROM FollowUpTask t WHERE t.activityId = :id"
                + " AND t.doneOn IS NULL", Long.class).setParameter("id", a.getId()).getSingleResult();
        return new SteeringActivity(a.getId(), a.getVersion(), a.getCommitteeId(), a.getKind(), a.getYear(),
                a.getHeldOn(), a.getSubject(), a.getContent(), a.getTargetUnitId(), a.getTargetUnitName(), all, open);
    }

    private static FollowUpTask toTask(FollowUpTaskEntity t) {
        return new FollowUpTask(t.getId(), t.getVersion(), t.getActivityId(), t.getTask(), t.getAssignee(),
                t.getDueOn(), t.getDoneOn(), t.getResult());
    }
}
