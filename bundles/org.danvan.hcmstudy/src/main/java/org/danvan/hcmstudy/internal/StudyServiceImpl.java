package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.danvan.hcmstudy.api.AttendanceMark;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.MemberDraft;
import org.danvan.hcmstudy.api.Programme;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.hcmstudy.api.SessionDraft;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.hcmstudy.api.StudySession;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;

import jakarta.persistence.EntityManager;

/** Programmes, member lists, sessions and attendance on the module's tables. */
final class StudyServiceImpl implements StudyService {

    private final Context ctx;

    StudyServiceImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<Programme> programmes(UserPrincipal user, int year) {
        AccessScope scope = ctx.readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> em.createQuery("SELECT p FROM HsProgramme p WHERE p.year = :year"
                + " ORDER BY p.unitName", ProgrammeEntity.class).setParameter("year", year).getResultList().stream()
                .filter(p -> scope.covers(p.unitId)).map(StudyServiceImpl::toProgramme).toList());
    }

    @Override
    public Optional<Programme> programme(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return Optional.empty();
        }
        return ctx.store().read(em -> programmeOf(em, unitId, year).map(StudyServiceImpl::toProgramme));
    }

    private static Optional<ProgrammeEntity> programmeOf(EntityManager em, long unitId, int year) {
        return em.createQuery("SELECT p FROM HsProgramme p WHERE p.unitId = :unit AND p.year = :year",
                ProgrammeEntity.class).setParameter("unit", unitId).setParameter("year", year).getResultList()
                .stream().findFirst();
    }

    @Override
    public Programme createProgramme(ProgrammeDraft draft, UserPrincipal user) {
        validate(draft);
        ctx.access().check(user, HcmStudyPermissions.MANAGE, draft.unitId());
        String unitName = ctx.unitName(draft.unitId());
        return ctx.store().audited(em -> {
            if (programmeOf(em, draft.unitId(), draft.year()).isPresent()) {
                throw ValidationException.of("year", ProgrammeDraft.DUPLICATE, draft.year());
            }
            ProgrammeEntity entity = new ProgrammeEntity();
            entity.unitId = draft.unitId();
            entity.unitName = unitName;
            entity.recordedBy = user.login();
            entity.change(draft.year(), draft.theme(), draft.keyContents(), String.join("\n", draft.materials()));
            em.persist(entity);
            em.flush();
            return toProgramme(entity);
        }, saved -> ctx.audited("hcmstudy.programme.created", user, "hcmstudy.programme", saved.id(), saved.unitId(),
                Map.of("year", Integer.toString(saved.year()))));
    }

    @Override
    public Programme updateProgramme(long id, long expectedVersion, ProgrammeDraft draft, UserPrincipal user) {
        validate(draft);
        return ctx.store().audited(em -> {
            ProgrammeEntity entity = Context.found(em, ProgrammeEntity.class, id);
            ctx.access().check(user, HcmStudyPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "programme " + id);
            if (entity.unitId != draft.unitId() || entity.year != draft.year()) {
                throw ValidationException.of("year", ProgrammeDraft.DUPLICATE, draft.year());
            }
            entity.change(draft.year(), draft.theme(), draft.keyContents(), String.join("\n", draft.materials()));
            em.flush();
            return toProgramme(entity);
        }, saved -> ctx.audited("hcmstudy.programme.changed", user, "hcmstudy.programme", saved.id(), saved.unitId(),
                Map.of("year", Integer.toString(saved.year()))));
    }

    private void validate(ProgrammeDraft draft) {
        List<Violation> problems = Objects.requireNonNull(draft, "draft").validate(ctx.today().getYear());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    @Override
    public List<Member> members(long unitId, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        return ctx.store().read(em -> activeMembers(em, unitId).stream().map(StudyServiceImpl::toMember).toList());
    }

    static List<MemberEntity> activeMembers(EntityManager em, long unitId) {
        return em.createQuery("SELECT m FROM HsMember m WHERE m.unitId = :unit AND m.active = TRUE ORDER BY m.name,"
                + " m.id", MemberEntity.class).setParameter("unit", unitId).getResultList();
    }

    @Override
    public Member addMember(MemberDraft draft, UserPrincipal user) {
        List<Violation> problems = Objects.requireNonNull(draft, "draft").validate();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, HcmStudyPermissions.MANAGE, draft.unitId());
        ctx.unitName(draft.unitId());
        // names are personal data: the trail keeps the id only
        return ctx.store().audited(em -> {
            if (draft.login() != null && activeMembers(em, draft.unitId()).stream()
                    .anyMatch(m -> draft.login().equalsIgnoreCase(m.login))) {
                throw ValidationException.of("login", MemberDraft.LOGIN_TAKEN, draft.login());
            }
            MemberEntity entity = new MemberEntity();
            entity.unitId = draft.unitId();
            entity.name = draft.name();
            entity.position = draft.position();
            entity.login = draft.login();
            entity.leader = draft.leader();
            em.persist(entity);
            em.flush();
            return toMember(entity);
        }, saved -> ctx.audited("hcmstudy.member.added", user, "hcmstudy.member", saved.id(), saved.unitId(),
                Map.of()));
    }

    @Override
    public void removeMember(long memberId, long expectedVersion, UserPrincipal user) {
        ctx.store().audited(em -> {
            MemberEntity entity = Context.found(em, MemberEntity.class, memberId);
            ctx.access().check(user, HcmStudyPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "member " + memberId);
            entity.deactivate();
            em.flush();
            return entity;
        }, saved -> ctx.audited("hcmstudy.member.removed", user, "hcmstudy.member", saved.id, saved.unitId,
                Map.of()));
    }

    @Override
    public List<StudySession> sessions(long programmeId, UserPrincipal user) {
        return ctx.store().read(em -> {
            ProgrammeEntity programme = em.find(ProgrammeEntity.class, programmeId);
            if (programme == null || !ctx.mayRead(user, programme.unitId)) {
                return List.<StudySession>of();
            }
            return em.createQuery("SELECT s FROM HsSession s WHERE s.programmeId = :p ORDER BY s.plannedOn, s.id",
                    SessionEntity.class).setParameter("p", programmeId).getResultList().stream()
                    .map(StudyServiceImpl::toSession).toList();
        });
    }

    @Override
    public StudySession planSession(SessionDraft draft, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>(Objects.requireNonNull(draft, "draft").validate());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            ProgrammeEntity programme = Context.found(em, ProgrammeEntity.class, draft.programmeId());
            ctx.access().check(user, HcmStudyPermissions.MANAGE, programme.unitId);
            if (draft.plannedOn().getYear() != programme.year) {
                throw ValidationException.of("plannedOn", SessionDraft.DAY_IN_YEAR, programme.year);
            }
            if (draft.makeUpOf() != null) {
                SessionEntity original = em.find(SessionEntity.class, draft.makeUpOf());
                if (original == null || original.programmeId != programme.id || original.heldOn == null
                        || !draft.plannedOn().isAfter(original.heldOn)) {
                    throw ValidationException.of("makeUpOf", SessionDraft.MAKE_UP_OF);
                }
            }
            SessionEntity entity = new SessionEntity();
            entity.programmeId = programme.id;
            entity.unitId = programme.unitId;
            entity.plannedOn = draft.plannedOn();
            entity.topic = draft.topic();
            entity.presenter = draft.presenter();
            entity.makeUpOf = draft.makeUpOf();
            em.persist(entity);
            em.flush();
            return toSession(entity);
        }, saved -> ctx.audited("hcmstudy.session.planned", user, "hcmstudy.session", saved.id(), saved.unitId(),
                Map.of("plannedOn", saved.plannedOn().toString())));
    }

    @Override
    public StudySession holdSession(long sessionId, long expectedVersion, LocalDate heldOn,
            List<AttendanceMark> marks, UserPrincipal user) {
        Objects.requireNonNull(marks, "marks");
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            SessionEntity entity = Context.found(em, SessionEntity.class, sessionId);
            ctx.access().check(user, HcmStudyPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "session " + sessionId);
            if (entity.heldOn != null) {
                throw ValidationException.of(null, ALREADY_HELD);
            }
            ProgrammeEntity programme = em.find(ProgrammeEntity.class, entity.programmeId);
            if (heldOn == null || heldOn.isAfter(today) || heldOn.getYear() != programme.year) {
                throw ValidationException.of("heldOn", HELD_DAY, programme.year);
            }
            Map<Long, AttendanceMark> byMember = new HashMap<>();
            marks.forEach(m -> byMember.put(m.memberId(), m));
            // the session's list: the whole unit, or for a make-up session those who still need it
            List<MemberEntity> expected = activeMembers(em, entity.unitId);
            if (entity.makeUpOf != null) {
                Set<Long> needing = needing(em, entity.makeUpOf);
                expected = expected.stream().filter(m -> needing.contains(m.id)).toList();
            }
            Set<Long> expectedIds = new HashSet<>();
            expected.forEach(m -> expectedIds.add(m.id));
            List<Violation> problems = new ArrayList<>();
            for (AttendanceMark mark : marks) {
                if (!expectedIds.contains(mark.memberId())) {
                    problems.add(Violation.of("attendance", NOT_A_MEMBER));
                }
                if (mark.absenceReason() != null && mark.absenceReason().length() > AttendanceMark.REASON_MAX) {
                    problems.add(Violation.of("attendance", REASON_REQUIRED, "", AttendanceMark.REASON_MAX));
                }
            }
            List<AttendanceEmbeddable> lines = new ArrayList<>();
            for (MemberEntity member : expected) {
                AttendanceMark mark = byMember.get(member.id);
                if (mark == null || !mark.present() && mark.absenceReason() == null) {
                    problems.add(Violation.of("attendance", REASON_REQUIRED, member.name,
                            AttendanceMark.REASON_MAX));
                } else {
                    lines.add(new AttendanceEmbeddable(member.id, member.name, mark.present(),
                            mark.present() ? null : mark.absenceReason()));
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems.stream().distinct().toList());
            }
            entity.held(heldOn, lines);
            em.flush();
            return toSession(entity);
        }, saved -> ctx.audited("hcmstudy.session.held", user, "hcmstudy.session", saved.id(), saved.unitId(),
                Map.of("heldOn", saved.heldOn().toString(), "present", Long.toString(saved.present()),
                        "expected", Integer.toString(saved.attendance().size()))));
    }

    @Override
    public List<Member> needingMakeUp(long sessionId, UserPrincipal user) {
        return ctx.store().read(em -> {
            SessionEntity session = em.find(SessionEntity.class, sessionId);
            if (session == null || !ctx.mayRead(user, session.unitId)) {
                return List.<Member>of();
            }
            Set<Long> needing = needing(em, sessionId);
            return activeMembers(em, session.unitId).stream().filter(m -> needing.contains(m.id))
                    .map(StudyServiceImpl::toMember).toList();
        });
    }

    /** Absent from the held session and present at none of its held make-up sessions. */
    private static Set<Long> needing(EntityManager em, long sessionId) {
        SessionEntity session = em.find(SessionEntity.class, sessionId);
        Set<Long> absent = new HashSet<>();
        session.attendance.stream().filter(a -> !a.present).forEach(a -> absent.add(a.memberId));
        em.createQuery("SELECT s FROM HsSession s WHERE s.makeUpOf = :id AND s.heldOn IS NOT NULL",
                SessionEntity.class).setParameter("id", sessionId).getResultList()
                .forEach(s -> s.attendance.stream().filter(a -> a.present).forEach(a -> absent.remove(a.memberId)));
        return absent;
    }

    static Programme toProgramme(ProgrammeEntity p) {
        return new Programme(p.id, p.version, p.unitId, p.unitName, p.year, p.theme, p.keyContents,
                p.materialList());
    }

    static Member toMember(MemberEntity m) {
        return new Member(m.id, m.version, m.unitId, m.name, m.position, m.login, m.leader);
    }

    static StudySession toSession(SessionEntity s) {
        return new StudySession(s.id, s.version, s.programmeId, s.unitId, s.plannedOn, s.topic, s.presenter,
                s.heldOn, s.makeUpOf, s.attendance.stream().map(a -> new StudySession.Attendance(a.memberId,
                        a.memberName, a.present, a.absenceReason)).toList());
    }
}
