package org.danvan.conduct.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.conduct.api.Finding;
import org.danvan.conduct.api.FindingDraft;
import org.danvan.conduct.api.Inspection;
import org.danvan.conduct.api.InspectionDraft;
import org.danvan.conduct.api.InspectionStatus;
import org.danvan.conduct.api.Sanction;
import org.danvan.conduct.api.SanctionDraft;
import org.danvan.conduct.api.SanctionForm;
import org.danvan.conduct.api.Severity;
import org.danvan.conduct.api.YearlyReport;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.Texts;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.Records;
import org.danvan.rules.api.RuleFigure;

import jakarta.persistence.EntityManager;

/**
 * Inspections (planned → held → concluded) with their findings, sanction decisions with the statute of limitation
 * and the follow-up's due day taken from the rule rows in force (and stored on the record), and the yearly report.
 */
final class ConductServiceImpl implements ConductService {

    /** The rule giving the follow-up's due day, in working days from the decision. */
    static final String REMEDY_RULE = "conduct.sanction.remedy";
    /** Inspections and decisions are recorded from the year of the Law amending the Law on cadres (2019). */
    static final int FIRST_YEAR = 2019;
    static final int NAME_MAX = 200;
    static final int NUMBER_MAX = 100;

    private final Context ctx;
    private final List<SanctionForm> forms;

    ConductServiceImpl(Context ctx, List<SanctionForm> forms) {
        this.ctx = ctx;
        this.forms = List.copyOf(forms);
    }

    @Override
    public boolean casesAvailable() {
        return ctx.cases().available();
    }

    @Override
    public List<SanctionForm> sanctionForms() {
        return forms;
    }

    private Optional<SanctionForm> form(String id) {
        return forms.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    // ---- inspections

    @Override
    public List<Inspection> inspections(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        return ctx.store().read(em -> em.createQuery("SELECT i FROM CdInspection i WHERE i.unitId = :u"
                + " AND i.year = :y ORDER BY i.plannedOn, i.id", InspectionEntity.class).setParameter("u", unitId)
                .setParameter("y", year).getResultList().stream().map(ConductServiceImpl::toInspection).toList());
    }

    @Override
    public Inspection plan(InspectionDraft draft, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        if (draft.unitId() == null) {
            problems.add(Violation.of("unitId", InspectionDraft.UNIT_REQUIRED));
        }
        String place = Texts.required(problems, "place", draft.place(), InspectionDraft.TEXT_MAX,
                InspectionDraft.PLACE_REQUIRED);
        int thisYear = ctx.today().getYear();
        if (draft.plannedOn() == null || draft.plannedOn().getYear() < FIRST_YEAR
                || draft.plannedOn().getYear() > thisYear + 1) {
            problems.add(Violation.of("plannedOn", InspectionDraft.PLANNED_ON));
        }
        String team = Texts.required(problems, "team", draft.team(), InspectionDraft.LONG_TEXT_MAX,
                InspectionDraft.TEAM_REQUIRED);
        String topics = Texts.required(problems, "topics", draft.topics(), InspectionDraft.LONG_TEXT_MAX,
                InspectionDraft.TOPICS_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, ConductPermissions.MANAGE, draft.unitId());
        ctx.requireUnit(draft.unitId());
        List<String> numbers = linkedCases(draft.caseNumbers(), user);
        return ctx.store().audited(em -> {
            InspectionEntity i = new InspectionEntity();
            i.unitId = draft.unitId();
            i.place = place;
            i.plannedOn = draft.plannedOn();
            i.year = draft.plannedOn().getYear();
            i.team = team;
            i.topics = topics;
            i.caseNumbers = numbers.isEmpty() ? null : String.join("\n", numbers);
            i.status = InspectionStatus.PLANNED;
            em.persist(i);
            em.flush();
            return toInspection(i);
        }, saved -> ctx.audited("conduct.inspection.planned", user, "conduct.inspection", saved.id(),
                saved.unitId(), Map.of("place", saved.place(), "plannedOn", saved.plannedOn().toString(), "cases",
                        String.join(" ", saved.caseNumbers()))));
    }

    @Override
    public Inspection hold(long inspectionId, long expectedVersion, LocalDate heldOn, UserPrincipal user) {
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            InspectionEntity i = managed(em, inspectionId, expectedVersion, InspectionStatus.PLANNED, user);
            if (heldOn == null || heldOn.isAfter(today) || heldOn.getYear() < FIRST_YEAR) {
                throw ValidationException.of("heldOn", HELD_ON);
            }
            i.hold(heldOn);
            em.flush();
            return toInspection(i);
        }, saved -> ctx.audited("conduct.inspection.held", user, "conduct.inspection", saved.id(), saved.unitId(),
                Map.of("heldOn", saved.heldOn().toString())));
    }

    @Override
    public Finding addFinding(long inspectionId, long expectedVersion, FindingDraft draft, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String name = draft.officialName() == null ? "" : draft.officialName().strip();
        if (name.length() > NAME_MAX) {
            problems.add(Violation.of("officialName", SanctionDraft.NAME_REQUIRED, NAME_MAX));
        }
        String position = draft.officialPosition() == null ? "" : draft.officialPosition().strip();
        if ((!name.isEmpty() && position.isEmpty()) || position.length() > InspectionDraft.TEXT_MAX) {
            problems.add(Violation.of("officialPosition", FindingDraft.POSITION_REQUIRED, InspectionDraft.TEXT_MAX));
        }
        String seen = Texts.required(problems, "seen", draft.seen(), InspectionDraft.LONG_TEXT_MAX,
                FindingDraft.SEEN_REQUIRED);
        if (draft.severity() == null) {
            problems.add(Violation.of("severity", FindingDraft.SEVERITY_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            InspectionEntity i = managed(em, inspectionId, expectedVersion, InspectionStatus.HELD, user);
            FindingEntity f = new FindingEntity();
            f.inspectionId = i.id;
            f.unitId = i.unitId;
            f.officialName = name.isEmpty() ? null : name;
            f.officialPosition = position.isEmpty() ? null : position;
            f.seen = seen;
            f.severity = draft.severity();
            f.recordedOn = today;
            em.persist(f);
            i.found();
            em.flush();
            return toFinding(f);
        }, saved -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("inspection", Long.toString(saved.inspectionId()));
            details.put("severity", saved.severity().name());
            if (saved.officialName() != null) {
                details.put("official", saved.officialName());
                details.put("position", saved.officialPosition());
            }
            ctx.audited("conduct.finding.recorded", user, "conduct.finding", saved.id(), saved.unitId(), details);
        });
    }

    @Override
    public List<Finding> findings(long inspectionId, UserPrincipal user) {
        return ctx.store().read(em -> {
            InspectionEntity i = em.find(InspectionEntity.class, inspectionId);
            if (i == null || !ctx.mayRead(user, i.unitId)) {
                return List.<Finding>of();
            }
            return em.createQuery("SELECT f FROM CdFinding f WHERE f.inspectionId = :i ORDER BY f.id",
                    FindingEntity.class).setParameter("i", inspectionId).getResultList().stream()
                    .map(ConductServiceImpl::toFinding).toList();
        });
    }

    @Override
    public Inspection conclude(long inspectionId, long expectedVersion, String conclusion, LocalDate concludedOn,
            UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String text = Texts.required(problems, "conclusion", conclusion, InspectionDraft.LONG_TEXT_MAX,
                CONCLUSION_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            InspectionEntity i = managed(em, inspectionId, expectedVersion, InspectionStatus.HELD, user);
            if (concludedOn == null || concludedOn.isAfter(today) || concludedOn.isBefore(i.heldOn)) {
                throw ValidationException.of("concludedOn", CONCLUDED_ON);
            }
            i.conclude(concludedOn, text);
            em.flush();
            return toInspection(i);
        }, saved -> ctx.audited("conduct.inspection.concluded", user, "conduct.inspection", saved.id(),
                saved.unitId(), Map.of("concludedOn", saved.concludedOn().toString(), "findings",
                        Integer.toString(saved.findings()))));
    }

    /** The inspection for a change: the user manages its unit, the version is the one shown, the state is right. */
    private InspectionEntity managed(EntityManager em, long id, long expectedVersion, InspectionStatus needed,
            UserPrincipal user) {
        InspectionEntity i = Context.found(em, InspectionEntity.class, id);
        ctx.access().check(user, ConductPermissions.MANAGE, i.unitId);
        Records.expectVersion(i.version, expectedVersion, "inspection " + id);
        if (i.status != needed) {
            throw ValidationException.of(null, WRONG_STATE);
        }
        return i;
    }

    // ---- sanctions

    @Override
    public List<Sanction> sanctions(long unitId, int year, UserPrincipal user) {
        if (!ctx.mayRead(user, unitId)) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> em.createQuery("SELECT s FROM CdSanction s WHERE s.unitId = :u"
                + " AND s.year = :y ORDER BY s.decidedOn, s.id", SanctionEntity.class).setParameter("u", unitId)
                .setParameter("y", year).getResultList().stream().map(s -> toSanction(s, today)).toList());
    }

    @Override
    public Sanction decide(SanctionDraft draft, UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        if (draft.unitId() == null) {
            problems.add(Violation.of("unitId", InspectionDraft.UNIT_REQUIRED));
        }
        String name = Texts.required(problems, "officialName", draft.officialName(), NAME_MAX,
                SanctionDraft.NAME_REQUIRED);
        String position = Texts.required(problems, "officialPosition", draft.officialPosition(),
                InspectionDraft.TEXT_MAX, SanctionDraft.POSITION_REQUIRED);
        Optional<SanctionForm> form = draft.formId() == null ? Optional.empty() : form(draft.formId());
        if (form.isEmpty()) {
            problems.add(Violation.of("formId", SanctionDraft.FORM_REQUIRED));
        }
        String violation = Texts.required(problems, "violation", draft.violation(),
                InspectionDraft.LONG_TEXT_MAX, SanctionDraft.VIOLATION_REQUIRED);
        String number = Texts.required(problems, "decisionNumber", draft.decisionNumber(), NUMBER_MAX,
                SanctionDraft.NUMBER_REQUIRED);
        String authority = Texts.required(problems, "authority", draft.authority(), InspectionDraft.TEXT_MAX,
                SanctionDraft.AUTHORITY_REQUIRED);
        LocalDate today = ctx.today();
        LocalDate decidedOn = draft.decidedOn();
        boolean decidedOk = decidedOn != null && !decidedOn.isAfter(today) && decidedOn.getYear() >= FIRST_YEAR;
        if (!decidedOk) {
            problems.add(Violation.of("decidedOn", SanctionDraft.DECIDED_ON));
        }
        LocalDate violationOn = draft.violationOn();
        if (violationOn == null || violationOn.isAfter(today) || (decidedOk && violationOn.isAfter(decidedOn))) {
            problems.add(Violation.of("violationOn", SanctionDraft.VIOLATION_ON));
            violationOn = null;
        }
        LocalDate limitationEnds = null;
        if (form.isPresent() && violationOn != null) {
            String ruleId = form.get().limitationRule();
            // the row in force on the violation's day; for a violation before the first row, the row in force when
            // deciding (the amended law's limitation applies to earlier violations still being dealt with [verify])
            LocalDate deciding = decidedOk ? decidedOn : today;
            RuleFigure years = ctx.rules().figure(ruleId, violationOn).or(() -> ctx.rules().figure(ruleId, deciding))
                    .orElseThrow(() -> new IllegalStateException("no rule row " + ruleId + " for " + deciding));
            limitationEnds = violationOn.plusYears(years.intValue());
            if (decidedOk && decidedOn.isAfter(limitationEnds)) {
                problems.add(Violation.of("violationOn", SanctionDraft.TIME_BARRED, years.intValue(),
                        limitationEnds));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.access().check(user, ConductPermissions.DECIDE, draft.unitId());
        ctx.requireUnit(draft.unitId());
        List<String> numbers = linkedCases(draft.caseNumbers(), user);
        LocalDate remedyBy = ctx.rules().dueDate(REMEDY_RULE, decidedOn, Set.of());
        LocalDate limitation = limitationEnds;
        return ctx.store().audited(em -> {
            if (draft.inspectionId() != null) {
                InspectionEntity i = Context.found(em, InspectionEntity.class, draft.inspectionId());
                if (i.unitId != draft.unitId()) {
                    throw ValidationException.of("inspectionId", ConductService.GONE);
                }
                if (i.status == InspectionStatus.PLANNED) {
                    throw ValidationException.of("inspectionId", WRONG_STATE);
                }
            }
            if (!em.createQuery("SELECT s.id FROM CdSanction s WHERE s.unitId = :u AND s.decisionNumber = :n",
                    Long.class).setParameter("u", draft.unitId()).setParameter("n", number).getResultList()
                    .isEmpty()) {
                throw ValidationException.of("decisionNumber", SanctionDraft.NUMBER_TAKEN);
            }
            SanctionEntity s = new SanctionEntity();
            s.unitId = draft.unitId();
            s.inspectionId = draft.inspectionId();
            s.officialName = name;
            s.officialPosition = position;
            s.formId = form.get().id();
            s.violation = violation;
            s.violationOn = draft.violationOn();
            s.limitationEnds = limitation;
            s.limitationRule = form.get().limitationRule();
            s.decisionNumber = number;
            s.decidedOn = decidedOn;
            s.year = decidedOn.getYear();
            s.authority = authority;
            s.caseNumbers = numbers.isEmpty() ? null : String.join("\n", numbers);
            s.remedyBy = remedyBy;
            s.remedyRule = REMEDY_RULE;
            em.persist(s);
            em.flush();
            return toSanction(s, today);
        }, saved -> ctx.audited("conduct.sanction.decided", user, "conduct.sanction", saved.id(), saved.unitId(),
                Map.of("official", saved.officialName(), "position", saved.officialPosition(), "form",
                        saved.formId(), "decision", saved.decisionNumber(), "decidedOn",
                        saved.decidedOn().toString(), "remedyBy", saved.remedyBy().toString(), "cases",
                        String.join(" ", saved.caseNumbers()))));
    }

    @Override
    public List<Sanction> awaitingRemedy(UserPrincipal user) {
        AccessScope manage = ctx.access().scope(user, ConductPermissions.MANAGE);
        if (manage.isEmpty()) {
            return List.of();
        }
        LocalDate today = ctx.today();
        return ctx.store().read(em -> {
            var query = em.createQuery("SELECT s FROM CdSanction s WHERE s.remediedOn IS NULL"
                    + (manage.unrestricted() ? "" : " AND s.unitId IN :u") + " ORDER BY s.remedyBy, s.id",
                    SanctionEntity.class);
            if (!manage.unrestricted()) {
                query.setParameter("u", manage.unitIds());
            }
            return query.getResultList().stream().map(s -> toSanction(s, today)).toList();
        });
    }

    @Override
    public Sanction remedied(long sanctionId, long expectedVersion, LocalDate remediedOn, String followUp,
            UserPrincipal user) {
        List<Violation> problems = new ArrayList<>();
        String text = Texts.required(problems, "followUp", followUp, InspectionDraft.LONG_TEXT_MAX,
                FOLLOW_UP_REQUIRED);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = ctx.today();
        return ctx.store().audited(em -> {
            SanctionEntity s = Context.found(em, SanctionEntity.class, sanctionId);
            ctx.access().check(user, ConductPermissions.MANAGE, s.unitId);
            Records.expectVersion(s.version, expectedVersion, "sanction " + sanctionId);
            if (s.remediedOn != null) {
                throw ValidationException.of(null, ALREADY_REMEDIED);
            }
            if (remediedOn == null || remediedOn.isAfter(today) || remediedOn.isBefore(s.decidedOn)) {
                throw ValidationException.of("remediedOn", REMEDIED_ON);
            }
            s.remedied(remediedOn, text);
            em.flush();
            return toSanction(s, today);
        }, saved -> ctx.audited("conduct.sanction.remedied", user, "conduct.sanction", saved.id(), saved.unitId(),
                Map.of("official", saved.officialName(), "remediedOn", saved.remediedOn().toString(), "late",
                        Boolean.toString(saved.remediedOn().isAfter(saved.remedyBy())))));
    }

    // ---- the yearly report and the evidence

    @Override
    public YearlyReport yearly(long unitId, int year, UserPrincipal user) {
        if (year < FIRST_YEAR || year > ctx.today().getYear() + 1) {
            throw ValidationException.of("year", YEAR_RANGE, FIRST_YEAR, ctx.today().getYear() + 1);
        }
        Set<Long> units = ctx.readableSubtree(user, unitId);
        LocalDate today = ctx.today();
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        Map<String, Integer> byForm = new LinkedHashMap<>();
        forms.forEach(f -> byForm.put(f.id(), 0));
        if (units.isEmpty()) {
            return new YearlyReport(unitId, year, 0, 0, 0, bySeverity, 0, byForm, 0, 0, 0, 0);
        }
        return ctx.store().read(em -> {
            List<InspectionEntity> inspections = em.createQuery("SELECT i FROM CdInspection i WHERE i.unitId IN :u"
                    + " AND i.year = :y", InspectionEntity.class).setParameter("u", units).setParameter("y", year)
                    .getResultList();
            List<Long> held = inspections.stream().filter(i -> i.status != InspectionStatus.PLANNED)
                    .map(i -> i.id).toList();
            int findings = 0;
            if (!held.isEmpty()) {
                for (FindingEntity f : em.createQuery("SELECT f FROM CdFinding f WHERE f.inspectionId IN :i",
                        FindingEntity.class).setParameter("i", held).getResultList()) {
                    bySeverity.merge(f.severity, 1, Integer::sum);
                    findings++;
                }
            }
            List<SanctionEntity> sanctions = em.createQuery("SELECT s FROM CdSanction s WHERE s.unitId IN :u"
                    + " AND s.year = :y", SanctionEntity.class).setParameter("u", units).setParameter("y", year)
                    .getResultList();
            Set<String> cases = new HashSet<>();
            inspections.forEach(i -> cases.addAll(i.caseNumberList()));
            int remedied = 0;
            int open = 0;
            int overdue = 0;
            for (SanctionEntity s : sanctions) {
                byForm.merge(s.formId, 1, Integer::sum);
                cases.addAll(s.caseNumberList());
                if (s.remediedOn != null) {
                    remedied++;
                } else {
                    open++;
                    if (today.isAfter(s.remedyBy)) {
                        overdue++;
                    }
                }
            }
            return new YearlyReport(unitId, year, inspections.size(), held.size(), findings, bySeverity,
                    sanctions.size(), byForm, remedied, open, overdue, cases.size());
        });
    }

    /** The inspections of a unit's subtree held in a period, as far as the asker may read (the evidence). */
    List<Inspection> heldBetween(long unitId, LocalDate from, LocalDate to, UserPrincipal asker) {
        Set<Long> units = ctx.readableSubtree(asker, unitId);
        if (units.isEmpty()) {
            return List.of();
        }
        return ctx.store().read(em -> em.createQuery("SELECT i FROM CdInspection i WHERE i.unitId IN :u"
                + " AND i.heldOn IS NOT NULL AND i.heldOn >= :f AND i.heldOn <= :t ORDER BY i.id",
                InspectionEntity.class).setParameter("u", units).setParameter("f", from).setParameter("t", to)
                .getResultList().stream().map(ConductServiceImpl::toInspection).toList());
    }

    /** The case numbers as the engine writes them, once each; refused politely without an engine. */
    private List<String> linkedCases(List<String> typed, UserPrincipal user) {
        List<String> wanted = typed == null ? List.of() : typed.stream().filter(t -> t != null && !t.isBlank())
                .map(String::strip).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        if (!ctx.cases().available()) {
            throw ValidationException.of("caseNumbers", CASES_UNAVAILABLE);
        }
        Set<String> numbers = new LinkedHashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (String n : wanted) {
            Optional<String> found = ctx.cases().number(user, n);
            if (found.isPresent()) {
                numbers.add(found.get());
            } else {
                problems.add(Violation.of("caseNumbers", CASE_UNKNOWN, n));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return List.copyOf(numbers);
    }

    static Inspection toInspection(InspectionEntity i) {
        return new Inspection(i.id, i.version, i.unitId, i.place, i.plannedOn, i.team, i.topics, i.caseNumberList(),
                i.status, i.heldOn, i.concludedOn, i.conclusion, i.findingCount);
    }

    static Finding toFinding(FindingEntity f) {
        return new Finding(f.id, f.inspectionId, f.unitId, f.officialName, f.officialPosition, f.seen, f.severity,
                f.recordedOn);
    }

    static Sanction toSanction(SanctionEntity s, LocalDate today) {
        return new Sanction(s.id, s.version, s.unitId, s.inspectionId, s.officialName, s.officialPosition, s.formId,
                s.violation, s.violationOn, s.limitationEnds, s.decisionNumber, s.decidedOn, s.authority,
                s.caseNumberList(), s.remedyBy, s.remediedOn, s.followUp, s.remediedOn == null
                        && today.isAfter(s.remedyBy));
    }
}
