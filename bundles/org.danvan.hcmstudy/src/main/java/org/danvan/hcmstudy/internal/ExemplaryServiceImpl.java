package org.danvan.hcmstudy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.hcmstudy.api.Exemplary;
import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.ProgrammeDraft;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;

/** Exemplary people and collectives, proposed and recognised. */
final class ExemplaryServiceImpl implements ExemplaryService {

    private final Context ctx;

    ExemplaryServiceImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<Exemplary> ofUnit(long unitId, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> em.createQuery("SELECT e FROM HsExemplary e WHERE e.unitId IN :u"
                + " ORDER BY e.proposedOn DESC, e.id DESC", ExemplaryEntity.class).setParameter("u", units)
                .getResultList().stream().map(ExemplaryServiceImpl::toExemplary).toList());
    }

    @Override
    public List<Exemplary> recognisedIn(long unitId, LocalDate from, LocalDate to, UserPrincipal user) {
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> em.createQuery("SELECT e FROM HsExemplary e WHERE e.unitId IN :u"
                + " AND e.decidedOn BETWEEN :f AND :t ORDER BY e.decidedOn, e.id", ExemplaryEntity.class)
                .setParameter("u", units).setParameter("f", from).setParameter("t", to).getResultList().stream()
                .map(ExemplaryServiceImpl::toExemplary).toList());
    }

    @Override
    public Exemplary propose(Long unitId, boolean collective, String name, String story, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        if (unitId == null) {
            problems.add(Violation.of("unitId", ProgrammeDraft.UNIT_REQUIRED));
        }
        String n = Texts.required(problems, "name", name, NAME_MAX, NAME_REQUIRED);
        String s = Texts.required(problems, "story", story, STORY_MAX, STORY_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, HcmStudyPermissions.MANAGE, unitId);
        ctx.unitName(unitId);
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            ExemplaryEntity entity = new ExemplaryEntity();
            entity.unitId = unitId;
            entity.collective = collective;
            entity.name = n;
            entity.story = s;
            entity.proposedOn = today;
            entity.recordedBy = user.login();
            em.persist(entity);
            em.flush();
            return toExemplary(entity);
        }, saved -> ctx.audited("hcmstudy.exemplary.proposed", user, "hcmstudy.exemplary", saved.id(),
                saved.unitId(), Map.of("collective", Boolean.toString(collective))));
    }

    @Override
    public Exemplary recognise(long id, long expectedVersion, String decisionRef, LocalDate decidedOn,
            UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String ref = Texts.required(problems, "decisionRef", decisionRef, DECISION_MAX, DECISION_REQUIRED);
        if (decidedOn == null || decidedOn.isAfter(ctx.today())) {
            problems.add(Violation.of("decidedOn", DECISION_DAY));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            ExemplaryEntity entity = Context.found(em, ExemplaryEntity.class, id);
            ctx.access().check(user, HcmStudyPermissions.ASSESS, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "exemplary " + id);
            if (entity.decidedOn != null) {
                throw ValidationException.of(null, ALREADY_RECOGNISED);
            }
            if (decidedOn.isBefore(entity.proposedOn)) {
                throw ValidationException.of("decidedOn", DECISION_DAY);
            }
            entity.recognised(ref, decidedOn);
            em.flush();
            return toExemplary(entity);
        }, saved -> ctx.audited("hcmstudy.exemplary.recognised", user, "hcmstudy.exemplary", saved.id(),
                saved.unitId(), Map.of("decision", ref, "decidedOn", decidedOn.toString())));
    }

    static Exemplary toExemplary(ExemplaryEntity e) {
        return new Exemplary(e.id, e.version, e.unitId, e.collective, e.name, e.story, e.proposedOn, e.decisionRef,
                e.decidedOn);
    }
}
