package org.danvan.procedures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.ProcedureDraft;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.ProcedureRegister;

import jakarta.persistence.EntityManager;

/** The register of a unit's procedures: validated, audited, scoped to the unit that owns it. */
final class ProcedureRegisterImpl implements ProcedureRegister {

    private final Context ctx;

    ProcedureRegisterImpl(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public List<Procedure> procedures(long unitId, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        return ctx.store().read(em -> em.createQuery("SELECT p FROM PrProcedure p WHERE p.unitId = :u"
                + " ORDER BY p.abolished, p.code", ProcedureEntity.class).setParameter("u", unitId).getResultList()
                .stream().map(ProcedureRegisterImpl::toProcedure).toList());
    }

    @Override
    public Procedure create(ProcedureDraft draft, UserPrincipal user) {
        ProcedureDraft valid = validated(draft);
        ctx.access().check(user, ProcedurePermissions.MANAGE, valid.unitId());
        ctx.requireUnit(valid.unitId());
        return ctx.store().audited(em -> {
            refuseTakenCode(em, valid.unitId(), valid.code(), null);
            ProcedureEntity entity = new ProcedureEntity();
            entity.unitId = valid.unitId();
            entity.apply(valid);
            em.persist(entity);
            em.flush();
            return toProcedure(entity);
        }, saved -> ctx.audited("procedure-review.procedure.created", user, "procedure-review.procedure", saved.id(),
                saved.unitId(), Map.of("code", saved.code())));
    }

    @Override
    public Procedure update(long procedureId, long expectedVersion, ProcedureDraft draft, UserPrincipal user) {
        ProcedureDraft valid = validated(draft);
        return ctx.store().audited(em -> {
            ProcedureEntity entity = Context.found(em, ProcedureEntity.class, procedureId);
            ctx.access().check(user, ProcedurePermissions.MANAGE, entity.unitId);
            Records.expectVersion(entity.version, expectedVersion, "procedure " + procedureId);
            if (entity.abolished) {
                throw ValidationException.of(null, org.danvan.procedures.api.ReviewService.PROCEDURE_ABOLISHED);
            }
            refuseTakenCode(em, entity.unitId, valid.code(), entity.id);
            entity.apply(valid);
            em.flush();
            return toProcedure(entity);
        }, saved -> ctx.audited("procedure-review.procedure.updated", user, "procedure-review.procedure",
                saved.id(), saved.unitId(), Map.of("code", saved.code(), "days",
                        Integer.toString(saved.processingDays()), "fee", Long.toString(saved.feeVnd()))));
    }

    private static void refuseTakenCode(EntityManager em, long unitId, String code, Long except) {
        List<Long> same = em.createQuery("SELECT p.id FROM PrProcedure p WHERE p.unitId = :u AND p.code = :c",
                Long.class).setParameter("u", unitId).setParameter("c", code).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(except))) {
            throw ValidationException.of("code", ProcedureDraft.CODE_TAKEN, code);
        }
    }

    /** The draft stripped, or every problem at once. */
    static ProcedureDraft validated(ProcedureDraft d) {
        List<Violation> problems = new ArrayList<>();
        if (d.unitId() == null) {
            problems.add(Violation.of("unitId", ProcedureDraft.UNIT_REQUIRED));
        }
        if (d.level() == null) {
            problems.add(Violation.of("level", ProcedureDraft.LEVEL_REQUIRED));
        }
        String code = Texts.required(problems, "code", d.code(), ProcedureDraft.CODE_MAX,
                ProcedureDraft.CODE_REQUIRED);
        String name = Texts.required(problems, "name", d.name(), ProcedureDraft.TEXT_MAX,
                ProcedureDraft.NAME_REQUIRED);
        String field = Texts.required(problems, "field", d.field(), ProcedureDraft.TEXT_MAX,
                ProcedureDraft.FIELD_REQUIRED);
        String basis = Texts.required(problems, "legalBasis", d.legalBasis(), ProcedureDraft.LONG_TEXT_MAX,
                ProcedureDraft.LEGAL_BASIS_REQUIRED);
        String steps = Texts.required(problems, "steps", d.steps(), ProcedureDraft.LONG_TEXT_MAX,
                ProcedureDraft.STEPS_REQUIRED);
        String documents = d.documents() == null ? "" : d.documents().strip();
        if (documents.length() > ProcedureDraft.LONG_TEXT_MAX) {
            problems.add(Violation.of("documents", ProcedureDraft.DOCUMENTS_TOO_LONG, ProcedureDraft.LONG_TEXT_MAX));
        }
        if (d.processingDays() == null || d.processingDays() < 0 || d.processingDays() > ProcedureDraft.DAYS_MAX) {
            problems.add(Violation.of("processingDays", ProcedureDraft.DAYS_RANGE, ProcedureDraft.DAYS_MAX));
        }
        if (d.feeVnd() == null || d.feeVnd() < 0 || d.feeVnd() > ProcedureDraft.FEE_MAX) {
            problems.add(Violation.of("feeVnd", ProcedureDraft.FEE_RANGE, ProcedureDraft.FEE_MAX));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ProcedureDraft(d.unitId(), d.level(), code, name, field, basis, steps,
                documents.isEmpty() ? null : documents, d.processingDays(), d.feeVnd());
    }

    static Procedure toProcedure(ProcedureEntity p) {
        return new Procedure(p.id, p.version, p.unitId, p.level, p.code, p.name, p.field, p.legalBasis, p.steps,
                p.documents, p.processingDays, p.feeVnd, p.abolished);
    }
}
