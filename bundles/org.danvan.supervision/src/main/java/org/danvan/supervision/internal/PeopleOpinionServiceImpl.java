package org.danvan.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.supervision.api.PeopleOpinion;
import org.danvan.supervision.api.PeopleOpinionDraft;
import org.danvan.supervision.api.PeopleOpinionService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionReports;

/** The register of the people's opinions on building the Party and the government, and their forwarding. */
final class PeopleOpinionServiceImpl implements PeopleOpinionService {

    static final int FORWARDED_TO_MAX = 300;

    private final Context ctx;

    PeopleOpinionServiceImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<PeopleOpinion> opinions(long unitId, int year, int half, UserPrincipal user) {
        if (half != 1 && half != 2) {
            throw ValidationException.of("half", SupervisionReports.HALF_RANGE);
        }
        Set<Long> units = ctx.readableSubtree(user, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        LocalDate to = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        return ctx.store().read(em -> em.createQuery("SELECT o FROM SvPeopleOpinion o WHERE o.unitId IN :u"
                + " AND o.gatheredOn >= :f AND o.gatheredOn <= :t ORDER BY o.gatheredOn, o.id",
                PeopleOpinionEntity.class).setParameter("u", units).setParameter("f", from).setParameter("t", to)
                .getResultList().stream().map(PeopleOpinionServiceImpl::toOpinion).toList());
    }

    @Override
    public PeopleOpinion record(PeopleOpinionDraft draft, UserPrincipal user) {
        List<Violation> problems = draft.validate(ctx.today());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, SupervisionPermissions.MANAGE, draft.unitId());
        String unitName = ctx.unitName(draft.unitId());
        return ctx.store().audited(em -> {
            PeopleOpinionEntity entity = new PeopleOpinionEntity();
            entity.unitId = draft.unitId();
            entity.unitName = unitName;
            entity.subject = draft.subject();
            entity.source = draft.source();
            entity.content = draft.content();
            entity.gatheredOn = draft.gatheredOn();
            em.persist(entity);
            em.flush();
            return toOpinion(entity);
        }, saved -> ctx.audited("supervision.people-opinion.recorded", user, "supervision.people-opinion",
                saved.id(), saved.unitId(), Map.of("subject", saved.subject().name())));
    }

    @Override
    public PeopleOpinion forward(long id, long expectedVersion, String forwardedTo, LocalDate forwardedOn,
            UserPrincipal user) {
        LocalDate today = ctx.today();
        List<Violation> problems = new ArrayList<>();
        String to = Texts.required(problems, "forwardedTo", forwardedTo, FORWARDED_TO_MAX,
                FORWARDED_TO_REQUIRED);
        if (forwardedOn == null || forwardedOn.isAfter(today)) {
            problems.add(Violation.of("forwardedOn", FORWARDED_DAY));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return ctx.store().audited(em -> {
            PeopleOpinionEntity entity = Context.found(em, PeopleOpinionEntity.class, id);
            ctx.access().check(user, SupervisionPermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "opinion " + id);
            if (entity.forwardedOn != null) {
                throw ValidationException.of(null, ALREADY_FORWARDED);
            }
            if (forwardedOn.isBefore(entity.gatheredOn)) {
                throw ValidationException.of("forwardedOn", FORWARDED_DAY);
            }
            entity.forwarded(to, forwardedOn);
            em.flush();
            return toOpinion(entity);
        }, saved -> ctx.audited("supervision.people-opinion.forwarded", user, "supervision.people-opinion", id,
                saved.unitId(), Map.of("forwardedOn", forwardedOn.toString())));
    }

    static PeopleOpinion toOpinion(PeopleOpinionEntity o) {
        return new PeopleOpinion(o.id, o.version, o.unitId, o.unitName, o.subject, o.source, o.content,
                o.gatheredOn, o.gatheredOn.getMonthValue() <= 6 ? 1 : 2, o.forwardedTo, o.forwardedOn);
    }
}
