package org.danvan.reception.ui.internal.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.reception.api.FrequencyPeriod;
import org.danvan.reception.api.FrequencyRule;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.ScheduleWarning;
import org.danvan.reception.api.SessionDraft;
import org.danvan.reception.api.SessionStatus;

/** The reception schedule in memory. {@link #refuseNext} makes the next write fail as the real service would. */
public final class FakeSchedule implements ReceptionSchedule {

    public final Map<Long, ReceptionSession> sessions = new LinkedHashMap<>();
    public final List<ScheduleWarning> warnings = new ArrayList<>();
    public RuntimeException refuseNext;
    private long nextId = 100;

    private void refuseIfAsked() {
        RuntimeException failure = refuseNext;
        refuseNext = null;
        if (failure != null) {
            throw failure;
        }
    }


    public ReceptionSession addSession(ReceptionSession session) {
        sessions.put(session.id(), session);
        return session;
    }

    @Override
    public ReceptionSession schedule(SessionDraft d, UserPrincipal user) {
        refuseIfAsked();
        return addSession(new ReceptionSession(nextId++, 1, d.unitId(), d.date(), d.place(), d.kind(),
                SessionStatus.SCHEDULED, d.leaderUserId(), d.leaderName(), d.leaderRole(), null, null, null, d.note(),
                d.online(), null, null));
    }

    @Override
    public ReceptionSession reschedule(long sessionId, long expectedVersion, SessionDraft d, UserPrincipal user) {
        refuseIfAsked();
        ReceptionSession s = sessions.get(sessionId);
        return addSession(new ReceptionSession(sessionId, s.version() + 1, s.unitId(), d.date(), d.place(), d.kind(),
                s.status(), d.leaderUserId(), d.leaderName(), d.leaderRole(), null, null, null, d.note()));
    }

    @Override
    public ReceptionSession recordHeld(long sessionId, long expectedVersion, Long receivedByUserId,
            String receivedByName, LeaderRole role, UserPrincipal user) {
        refuseIfAsked();
        ReceptionSession s = sessions.get(sessionId);
        return addSession(new ReceptionSession(sessionId, s.version() + 1, s.unitId(), s.date(), s.place(), s.kind(),
                SessionStatus.HELD, s.plannedLeaderUserId(), s.plannedLeaderName(), s.plannedLeaderRole(),
                receivedByUserId, receivedByName, role, s.note()));
    }

    @Override
    public ReceptionSession recordOnlinePreparation(long sessionId, long expectedVersion, LocalDate notifiedOn,
            LocalDate testedOn, UserPrincipal user) {
        refuseIfAsked();
        ReceptionSession s = sessions.get(sessionId);
        return addSession(new ReceptionSession(sessionId, s.version() + 1, s.unitId(), s.date(), s.place(), s.kind(),
                s.status(), s.plannedLeaderUserId(), s.plannedLeaderName(), s.plannedLeaderRole(),
                s.receivedByUserId(), s.receivedByName(), s.receivedByRole(), s.note(), s.online(), notifiedOn,
                testedOn));
    }

    @Override
    public ReceptionSession cancel(long sessionId, long expectedVersion, UserPrincipal user) {
        refuseIfAsked();
        ReceptionSession s = sessions.get(sessionId);
        return addSession(new ReceptionSession(sessionId, s.version() + 1, s.unitId(), s.date(), s.place(), s.kind(),
                SessionStatus.CANCELLED, s.plannedLeaderUserId(), s.plannedLeaderName(), s.plannedLeaderRole(), null,
                null, null, s.note()));
    }

    @Override
    public List<ReceptionSession> sessions(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        return sessions.values().stream().filter(s -> s.unitId() == unitId && !s.date().isBefore(from)
                && !s.date().isAfter(to)).sorted(Comparator.comparing(ReceptionSession::date)).toList();
    }

    @Override
    public List<ScheduleWarning> warnings(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        return warnings.stream().filter(w -> w.unitId() == unitId && !w.periodEnd().isBefore(from)
                && !w.periodStart().isAfter(to)).toList();
    }

    @Override
    public List<FrequencyRule> frequencyRules() {
        return List.of();
    }

    @Override
    public FrequencyRule updateFrequencyRule(long ruleId, long expectedVersion, FrequencyPeriod period,
            int minimumDays, String legalSource, LocalDate delegationBannedFrom, String delegationSource,
            UserPrincipal user) {
        throw new UnsupportedOperationException();
    }

}
