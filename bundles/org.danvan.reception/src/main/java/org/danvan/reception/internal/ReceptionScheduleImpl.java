package org.danvan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.reception.api.FrequencyPeriod;
import org.danvan.reception.api.FrequencyRule;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.ScheduleWarning;
import org.danvan.reception.api.SessionDraft;
import org.danvan.reception.api.SessionStatus;
import org.danvan.reception.api.WarningKind;
import org.danvan.reception.internal.model.FrequencyRuleEntity;
import org.danvan.reception.internal.model.SessionEntity;
import org.danvan.rules.api.RuleTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;

/** The leaders' reception schedule on the reception unit. */
@Component(service = ReceptionSchedule.class, immediate = true)
public class ReceptionScheduleImpl implements ReceptionSchedule {

    static final String TARGET = "reception-session";
    static final String NOT_SCHEDULED = "reception.validation.session-not-scheduled";
    /** A schedule is planned at most this far ahead or looked at over at most this many days. */
    static final int MAX_RANGE_DAYS = 3 * 366;

    private final Writes writes;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    /** For the online-session clocks; null in tests that do not look at them (no online warnings then). */
    private final RuleTable rules;

    @Activate
    public ReceptionScheduleImpl(@Reference ReceptionDatabase database, @Reference AccessControl access,
            @Reference OrgUnitDirectory units, @Reference AuditTrail audit, @Reference RuleTable rules) {
        this(database, access, units, audit, Clock.system(Writes.VIETNAM), rules);
    }

    ReceptionScheduleImpl(ReceptionDatabase database, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            Clock clock) {
        this(database, access, units, audit, clock, null);
    }

    ReceptionScheduleImpl(ReceptionDatabase database, AccessControl access, OrgUnitDirectory units, AuditTrail audit,
            Clock clock, RuleTable rules) {
        this.writes = new Writes(database.store(), audit, clock);
        this.access = access;
        this.units = units;
        this.rules = rules;
    }

    @Override
    public ReceptionSession schedule(SessionDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        access.check(user, ReceptionPermissions.SCHEDULE, draft.unitId());
        Valid valid = validate(draft);
        ReceptionSession created = writes.audited(em -> {
            SessionEntity session = new SessionEntity(draft.unitId(), user.login(), writes.nowUtc());
            session.plan(draft.date(), valid.place, draft.kind(), draft.leaderUserId(), valid.leaderName,
                    draft.leaderRole(), valid.note, writes.nowUtc());
            session.setOnline(draft.online());
            em.persist(session);
            em.flush();
            return toApi(session);
        }, saved -> {
            writes.audit("reception.session.scheduled", user, TARGET, saved.id(), saved.unitId(), details(saved));
        });
        return created;
    }

    @Override
    public ReceptionSession reschedule(long sessionId, long expectedVersion, SessionDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        SessionEntity current = readForChange(sessionId, user);
        if (current.getUnitId() != draft.unitId()) {
            throw ValidationException.of("unitId", "reception.validation.unit-fixed");
        }
        Valid valid = validate(draft);
        ReceptionSession changed = writes.audited(em -> {
            SessionEntity session = lockedForChange(em, sessionId, expectedVersion);
            if (session.getStatus() != SessionStatus.SCHEDULED) {
                throw ValidationException.of(null, NOT_SCHEDULED);
            }
            session.plan(draft.date(), valid.place, draft.kind(), draft.leaderUserId(), valid.leaderName,
                    draft.leaderRole(), valid.note, writes.nowUtc());
            session.setOnline(draft.online());
            em.flush();
            return toApi(session);
        }, saved -> {
            writes.audit("reception.session.rescheduled", user, TARGET, sessionId, saved.unitId(), details(saved));
        });
        return changed;
    }

    @Override
    public ReceptionSession recordHeld(long sessionId, long expectedVersion, Long receivedByUserId,
            String receivedByName, LeaderRole role, UserPrincipal user) {
        readForChange(sessionId, user);
        Violations v = new Violations();
        String name = v.text("receivedByName", receivedByName, true, 2, 255);
        v.required("receivedByRole", role);
        v.throwIfAny();
        ReceptionSession held = writes.audited(em -> {
            SessionEntity session = lockedForChange(em, sessionId, expectedVersion);
            if (session.getStatus() == SessionStatus.CANCELLED) {
                throw ValidationException.of(null, NOT_SCHEDULED);
            }
            if (session.getDate().isAfter(writes.today())) {
                throw ValidationException.of("date", "reception.validation.session-in-future");
            }
            session.held(receivedByUserId, name, role, writes.nowUtc());
            em.flush();
            return toApi(session);
        }, saved -> {
            Map<String, String> details = details(saved);
            details.put("receivedByRole", role.name());
            details.put("receivedBy", receivedByUserId == null ? name : receivedByUserId.toString());
            writes.audit("reception.session.held", user, TARGET, sessionId, saved.unitId(), details);
        });
        return held;
    }

    @Override
    public ReceptionSession recordOnlinePreparation(long sessionId, long expectedVersion, LocalDate citizenNotifiedOn,
            LocalDate connectionTestedOn, UserPrincipal user) {
        readForChange(sessionId, user);
        LocalDate today = writes.today();
        Violations v = new Violations();
        if (citizenNotifiedOn != null && citizenNotifiedOn.isAfter(today)) {
            v.add("citizenNotifiedOn", "reception.validation.in-future");
        }
        if (connectionTestedOn != null && connectionTestedOn.isAfter(today)) {
            v.add("connectionTestedOn", "reception.validation.in-future");
        }
        v.throwIfAny();
        return writes.audited(em -> {
            SessionEntity session = lockedForChange(em, sessionId, expectedVersion);
            if (!session.isOnline()) {
                throw ValidationException.of(null, "reception.validation.session-not-online");
            }
            if (session.getStatus() == SessionStatus.CANCELLED) {
                throw ValidationException.of(null, NOT_SCHEDULED);
            }
            for (Object[] day : new Object[][] { { "citizenNotifiedOn", citizenNotifiedOn },
                    { "connectionTestedOn", connectionTestedOn } }) {
                if (day[1] != null && ((LocalDate) day[1]).isAfter(session.getDate())) {
                    throw ValidationException.of((String) day[0], "reception.validation.after-session");
                }
            }
            session.prepareOnline(citizenNotifiedOn, connectionTestedOn, writes.nowUtc());
            em.flush();
            return toApi(session);
        }, saved -> {
            Map<String, String> details = details(saved);
            details.put("citizenNotifiedOn", String.valueOf(citizenNotifiedOn));
            details.put("connectionTestedOn", String.valueOf(connectionTestedOn));
            writes.audit("reception.session.online-prepared", user, TARGET, sessionId, saved.unitId(), details);
        });
    }

    /**
     * The warnings of online sessions: citizens not notified, or the connection not tested, by the latest day the
     * rules in force on the session day allow (counted back on the working calendar); nothing before those rules.
     */
    private List<ScheduleWarning> onlineWarnings(long unitId, List<ReceptionSession> sessions, LocalDate from,
            LocalDate to) {
        List<ScheduleWarning> warnings = new java.util.ArrayList<>();
        if (rules == null) {
            return warnings;
        }
        LocalDate today = writes.today();
        for (ReceptionSession s : sessions) {
            if (!s.online() || s.status() == SessionStatus.CANCELLED || s.date().isBefore(from) || s.date().isAfter(to)) {
                continue;
            }
            late(WarningKind.ONLINE_NOTICE_LATE, ONLINE_NOTICE, s, s.citizenNotifiedOn(), today, unitId, warnings);
            late(WarningKind.ONLINE_TEST_LATE, ONLINE_TEST, s, s.connectionTestedOn(), today, unitId, warnings);
        }
        return warnings;
    }

    static final String ONLINE_NOTICE = "reception.online.notice";
    static final String ONLINE_TEST = "reception.online.connection.test";

    private void late(WarningKind kind, String ruleId, ReceptionSession s, LocalDate done, LocalDate today,
            long unitId, List<ScheduleWarning> warnings) {
        var rule = rules.rule(ruleId, s.date());
        if (rule.isEmpty()) {
            return;
        }
        LocalDate latest = rules.latestDayBefore(ruleId, s.date(), java.util.Set.of());
        boolean isLate = done == null ? today.isAfter(latest) : done.isAfter(latest);
        if (isLate) {
            warnings.add(new ScheduleWarning(kind, unitId, latest, s.date(), 0, 0, rule.get().citation(), s.id()));
        }
    }

    @Override
    public ReceptionSession cancel(long sessionId, long expectedVersion, UserPrincipal user) {
        readForChange(sessionId, user);
        ReceptionSession cancelled = writes.audited(em -> {
            SessionEntity session = lockedForChange(em, sessionId, expectedVersion);
            if (session.getStatus() != SessionStatus.SCHEDULED) {
                throw ValidationException.of(null, NOT_SCHEDULED);
            }
            session.cancel(writes.nowUtc());
            em.flush();
            return toApi(session);
        }, saved -> {
            writes.audit("reception.session.cancelled", user, TARGET, sessionId, saved.unitId(), details(saved));
        });
        return cancelled;
    }

    @Override
    public List<ReceptionSession> sessions(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        access.check(user, ReceptionPermissions.VIEW, unitId);
        Violations v = new Violations();
        v.range(from, to, MAX_RANGE_DAYS);
        v.throwIfAny();
        return load(unitId, from, to);
    }

    @Override
    public List<ScheduleWarning> warnings(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        access.check(user, ReceptionPermissions.VIEW, unitId);
        Violations v = new Violations();
        v.range(from, to, MAX_RANGE_DAYS);
        v.throwIfAny();
        OrgUnitInfo unit = units.find(unitId)
                .orElseThrow(() -> ValidationException.of("unitId", Violations.UNIT_UNKNOWN));
        List<FrequencyRule> frequency = frequencyRules().stream().filter(r -> r.unitKind().equals(unit.kind()))
                .sorted(Comparator.comparing(FrequencyRule::effectiveFrom)).toList();
        // sessions from the start of the longest period around from to the end of the longest around to
        LocalDate first = WarningCalculator.periodStart(FrequencyPeriod.MONTH, from)
                .minusDays(6);
        LocalDate last = WarningCalculator.periodEnd(FrequencyPeriod.MONTH,
                WarningCalculator.periodStart(FrequencyPeriod.MONTH, to)).plusDays(6);
        List<ReceptionSession> sessions = load(unitId, first, last);
        List<ScheduleWarning> warnings = new java.util.ArrayList<>(
                new WarningCalculator(writes.today()).warnings(unit, frequency, sessions, from, to));
        warnings.addAll(onlineWarnings(unitId, sessions, from, to));
        warnings.sort(Comparator.comparing(ScheduleWarning::periodStart).thenComparing(ScheduleWarning::kind));
        return warnings;
    }

    @Override
    public List<FrequencyRule> frequencyRules() {
        return writes.store().read(em -> em
                .createQuery("SELECT r FROM FrequencyRule r ORDER BY r.unitKind, r.effectiveFrom",
                        FrequencyRuleEntity.class)
                .getResultList().stream().map(ReceptionScheduleImpl::toApi).toList());
    }

    @Override
    public FrequencyRule updateFrequencyRule(long ruleId, long expectedVersion, FrequencyPeriod period,
            int minimumDays, String legalSource, LocalDate delegationBannedFrom, String delegationSource,
            UserPrincipal user) {
        if (!access.scope(user, ReceptionPermissions.SCHEDULE).unrestricted()) {
            throw new AccessDeniedException(user.login(), ReceptionPermissions.SCHEDULE, -1);
        }
        Violations v = new Violations();
        v.required("period", period);
        // more reception days than the period has cannot be met
        v.within("minimumDays", minimumDays, 1, period == FrequencyPeriod.WEEK ? 7 : 28);
        String source = v.text("legalSource", legalSource, true, 3, 500);
        String banSource = v.text("delegationSource", delegationSource, delegationBannedFrom != null, 3, 500);
        v.throwIfAny();
        FrequencyRule changed = writes.audited(em -> {
            FrequencyRuleEntity rule = em.find(FrequencyRuleEntity.class, ruleId);
            if (rule == null) {
                throw ValidationException.of(null, "reception.validation.rule-unknown");
            }
            Writes.requireVersion(rule.getVersion(), expectedVersion, rule);
            rule.change(period, minimumDays, source, delegationBannedFrom,
                    delegationBannedFrom == null ? null : banSource);
            em.flush();
            return toApi(rule);
        }, saved -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("unitKind", saved.unitKind());
            details.put("period", period.name());
            details.put("minimumDays", Integer.toString(minimumDays));
            details.put("legalSource", source);
            details.put("delegationBannedFrom", String.valueOf(delegationBannedFrom));
            writes.audit("reception.frequency-rule.changed", user, "reception-frequency-rule", ruleId, null, details);
        });
        return changed;
    }

    private List<ReceptionSession> load(long unitId, LocalDate from, LocalDate to) {
        return writes.store().read(em -> em.createQuery("SELECT s FROM ReceptionSession s WHERE s.unitId = :unit"
                + " AND s.date BETWEEN :from AND :to ORDER BY s.date, s.id", SessionEntity.class)
                .setParameter("unit", unitId).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(ReceptionScheduleImpl::toApi).toList());
    }

    /** The session as stored, after checking the user may change its unit's schedule. */
    private SessionEntity readForChange(long sessionId, UserPrincipal user) {
        SessionEntity session = writes.store().read(em -> em.find(SessionEntity.class, sessionId));
        if (session == null) {
            throw ValidationException.of(null, "reception.validation.session-unknown");
        }
        access.check(user, ReceptionPermissions.SCHEDULE, session.getUnitId());
        return session;
    }

    private static SessionEntity lockedForChange(EntityManager em, long sessionId, long expectedVersion) {
        SessionEntity session = em.find(SessionEntity.class, sessionId);
        if (session == null) {
            throw ValidationException.of(null, "reception.validation.session-unknown");
        }
        Writes.requireVersion(session.getVersion(), expectedVersion, session);
        return session;
    }

    private record Valid(String place, String leaderName, String note) {
    }

    private Valid validate(SessionDraft draft) {
        Violations v = new Violations();
        v.required("date", draft.date());
        String place = v.text("place", draft.place(), true, 2, 255);
        v.required("kind", draft.kind());
        String leaderName = v.text("leaderName", draft.leaderName(), true, 2, 255);
        v.required("leaderRole", draft.leaderRole());
        String note = v.text("note", draft.note(), false, 0, 2000);
        if (draft.date() != null) {
            LocalDate today = writes.today();
            if (draft.date().isAfter(today.plusDays(MAX_RANGE_DAYS)) || draft.date().isBefore(today.minusDays(
                    MAX_RANGE_DAYS))) {
                v.add("date", "reception.validation.date-implausible");
            }
            Optional<OrgUnitInfo> unit = units.find(draft.unitId());
            if (unit.isEmpty()) {
                v.add("unitId", Violations.UNIT_UNKNOWN);
            } else if (!unit.get().isValidOn(draft.date())) {
                v.add("date", Violations.UNIT_NOT_VALID_ON, unit.get().name());
            }
        }
        v.throwIfAny();
        return new Valid(place, leaderName, note);
    }

    private static Map<String, String> details(ReceptionSession s) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("date", s.date().toString());
        details.put("kind", s.kind().name());
        details.put("status", s.status().name());
        details.put("plannedLeaderRole", s.plannedLeaderRole().name());
        return details;
    }

    static ReceptionSession toApi(SessionEntity e) {
        return new ReceptionSession(e.getId(), e.getVersion(), e.getUnitId(), e.getDate(), e.getPlace(), e.getKind(),
                e.getStatus(), e.getPlannedLeaderUserId(), e.getPlannedLeaderName(), e.getPlannedLeaderRole(),
                e.getReceivedByUserId(), e.getReceivedByName(), e.getReceivedByRole(), e.getNote(), e.isOnline(),
                e.getCitizenNotifiedOn(), e.getConnectionTestedOn());
    }

    static FrequencyRule toApi(FrequencyRuleEntity e) {
        return new FrequencyRule(e.getId(), e.getVersion(), e.getUnitKind(), e.getPeriod(), e.getMinimumDays(),
                e.getLegalSource(), e.getDelegationBannedFrom(), e.getDelegationSource(), e.getEffectiveFrom());
    }
}
