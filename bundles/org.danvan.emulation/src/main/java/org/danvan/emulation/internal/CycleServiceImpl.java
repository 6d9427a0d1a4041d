package org.danvan.emulation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.danvan.emulation.api.AwardLevel;
import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.CriterionEvidence;
import org.danvan.emulation.api.EmulationCycle;
import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.EvaluationCriterion;
import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.ModelService;
import org.danvan.emulation.api.Proposal;
import org.danvan.emulation.api.ProposalDraft;
import org.danvan.emulation.api.ProposalState;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.Recognition;
import org.danvan.emulation.api.Registration;
import org.danvan.emulation.api.RegistrationDraft;
import org.danvan.emulation.api.RegistrationState;
import org.danvan.emulation.api.RewardAmount;
import org.danvan.platform.api.evidence.Evidence;
import org.danvan.platform.api.evidence.EvidenceKind;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.evidence.EvidenceQuery;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

/** The yearly emulation cycle on the module's tables. */
final class CycleServiceImpl implements EmulationCycle {

    static final String APPROVAL = "emulation.council.approval";
    private static final Logger LOG = LoggerFactory.getLogger(CycleServiceImpl.class);

    private final EntityStore store;
    private final AccessControl access;
    private final OrgUnitDirectory units;
    private final Auditor audit;
    private final RuleTable rules;
    private final AwardTitles titles;
    private final EvaluationCriteria criteria;
    private final List<EvidenceProvider> providers;
    private final Levels levels;
    private final ClassificationBands bands;
    private final Clock clock;

    CycleServiceImpl(EntityStore store, AccessControl access, OrgUnitDirectory units, Auditor audit, RuleTable rules,
            AwardTitles titles, EvaluationCriteria criteria, List<EvidenceProvider> providers, Clock clock) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.rules = rules;
        this.titles = titles;
        this.criteria = criteria;
        this.providers = providers;
        this.levels = new Levels(units);
        this.bands = new ClassificationBands(rules);
        this.clock = clock;
    }

    private AccessScope readScope(UserPrincipal user) {
        return access.scopeOfAny(user, EmulationPermissions.VIEW, EmulationPermissions.MANAGE,
                EmulationPermissions.COUNCIL, EmulationPermissions.DECIDE);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public List<Registration> registrations(int year, UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            String where = scope.unrestricted() ? "" : " AND r.unitId IN :units";
            var query = em.createQuery("SELECT r FROM EmRegistration r WHERE r.year = :y" + where
                    + " ORDER BY r.unitName, r.candidateName, r.id", RegistrationEntity.class).setParameter("y", year);
            if (!scope.unrestricted()) {
                query.setParameter("units", scope.unitIds());
            }
            return query.setMaxResults(2000).getResultList().stream().map(this::toRegistration).toList();
        });
    }

    @Override
    public Registration registerEmulation(RegistrationDraft draft, UserPrincipal user) {
        Objects.requireNonNull(user, "user");
        LocalDate today = PlatformTime.today(clock);
        List<Violation> problems = new ArrayList<>(Inputs.registration(Objects.requireNonNull(draft, "draft"),
                today.getYear()));
        OrgUnitInfo unit = units.find(draft.unitId()).orElse(null);
        if (unit == null) {
            problems.add(Violation.of("unitId", ModelDraft.UNIT_UNKNOWN));
        }
        if (draft.targetTitle() != null && !draft.targetTitle().isBlank() && draft.recipient() != null) {
            var title = titles.title(draft.targetTitle().strip(), today);
            if (title.isEmpty()) {
                problems.add(Violation.of("targetTitle", AwardTitles.UNKNOWN, draft.targetTitle().strip()));
            } else if (title.get().recipient() != draft.recipient()) {
                problems.add(Violation.of("targetTitle", AwardTitles.WRONG_RECIPIENT, draft.targetTitle().strip(),
                        "emulation.recipient." + title.get().recipient()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        access.check(user, EmulationPermissions.MANAGE, draft.unitId());
        String candidate = draft.recipient() == Recipient.COLLECTIVE
                && (draft.candidateName() == null || draft.candidateName().isBlank()) ? unit.name()
                        : draft.candidateName().strip();
        return store.audited(em -> {
            RegistrationEntity entity = new RegistrationEntity(unit.id(), unit.name(), unit.kind(), draft.year(),
                    draft.recipient(), candidate, draft.targetTitle().strip(), draft.targets().strip(), user.login(),
                    now());
            em.persist(entity);
            em.flush();
            return toRegistration(entity);
        }, saved -> audit.record("emulation.registration.created", user, "emulation.registration", saved.id(),
                saved.unitId(), Map.of("year", Integer.toString(saved.year()), "target", saved.targetTitle())));
    }

    @Override
    public List<CriterionEvidence> evaluation(long registrationId, UserPrincipal user) {
        RegistrationEntity registration = store.read(em -> em.find(RegistrationEntity.class, registrationId));
        if (registration == null || !readScope(user).covers(registration.getUnitId())) {
            return List.of();
        }
        LocalDate from = LocalDate.of(registration.getYear(), 1, 1);
        LocalDate end = LocalDate.of(registration.getYear(), 12, 31);
        LocalDate today = PlatformTime.today(clock);
        LocalDate to = end.isAfter(today) && !from.isAfter(today) ? today : end;
        Map<String, EvidenceProvider> offering = new HashMap<>();
        for (EvidenceProvider provider : providers) {
            for (EvidenceKind kind : safeKinds(provider)) {
                offering.putIfAbsent(kind.id(), provider);
            }
        }
        List<CriterionEvidence> result = new ArrayList<>();
        for (EvaluationCriterion criterion : criteria.setFor(registration.getUnitKind(),
                registration.getRecipient())) {
            List<Evidence> found = new ArrayList<>();
            Map<EvidenceProvider, List<String>> asks = new LinkedHashMap<>();
            for (String kind : criterion.evidenceKinds()) {
                EvidenceProvider provider = offering.get(kind);
                if (provider != null) {
                    asks.computeIfAbsent(provider, p -> new ArrayList<>()).add(kind);
                }
            }
            asks.forEach((provider, kinds) -> found.addAll(safeEvidence(provider, new EvidenceQuery(
                    registration.getUnitId(), null, from, to, Set.copyOf(kinds), user))));
            result.add(new CriterionEvidence(criterion, registration.getPoints().get(criterion.code()),
                    registration.getNotes().get(criterion.code()), found, !asks.isEmpty()));
        }
        return result;
    }

    /** A provider that fails is another module's defect: logged and skipped, never this screen's failure. */
    private static List<EvidenceKind> safeKinds(EvidenceProvider provider) {
        try {
            return provider.kinds();
        } catch (RuntimeException e) {
            LOG.warn("Evidence provider {} failed to list its kinds", provider.getClass().getName(), e);
            return List.of();
        }
    }

    private static List<Evidence> safeEvidence(EvidenceProvider provider, EvidenceQuery query) {
        try {
            return provider.evidence(query);
        } catch (RuntimeException e) {
            LOG.warn("Evidence provider {} failed for unit {}", provider.getClass().getName(), query.unitId(), e);
            return List.of();
        }
    }

    @Override
    public Registration evaluate(long registrationId, long expectedVersion, Map<String, Integer> points,
            Map<String, String> notes, UserPrincipal user) {
        Objects.requireNonNull(points, "points");
        Map<String, String> givenNotes = notes == null ? Map.of() : notes;
        return store.audited(em -> {
            RegistrationEntity registration = em.find(RegistrationEntity.class, registrationId);
            if (registration == null) {
                throw ValidationException.of(null, ModelService.GONE);
            }
            access.check(user, EmulationPermissions.COUNCIL, registration.getUnitId());
            if (registration.getVersion() != expectedVersion) {
                throw new OptimisticLockException("registration " + registrationId + " changed", null,
                        registration);
            }
            List<Violation> problems = new ArrayList<>();
            Map<String, Integer> clean = new LinkedHashMap<>();
            Map<String, String> cleanNotes = new LinkedHashMap<>();
            for (EvaluationCriterion c : criteria.setFor(registration.getUnitKind(), registration.getRecipient())) {
                Integer given = points.get(c.code());
                if (given == null) {
                    problems.add(Violation.of(c.code(), ModelService.POINTS_MISSING));
                } else if (given < 0 || given > c.maxPoints()) {
                    problems.add(Violation.of(c.code(), ModelService.POINTS_RANGE, c.code(), c.maxPoints()));
                } else {
                    clean.put(c.code(), given);
                }
                String note = givenNotes.getOrDefault(c.code(), "").strip();
                if (note.length() > ModelServiceImpl.COMMENT_MAX) {
                    problems.add(Violation.of(c.code(), ModelDraft.TOO_LONG, ModelServiceImpl.COMMENT_MAX));
                } else if (!note.isEmpty()) {
                    cleanNotes.put(c.code(), note);
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            int max = criteria.setFor(registration.getUnitKind(), registration.getRecipient()).stream()
                    .mapToInt(EvaluationCriterion::maxPoints).sum();
            LocalDate today = PlatformTime.today(clock);
            registration.evaluate(clean, cleanNotes, bands.classify(clean.values().stream()
                    .mapToInt(Integer::intValue).sum(), max, today), today);
            em.lock(registration, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return toRegistration(registration);
        }, saved -> audit.record("emulation.registration.evaluated", user, "emulation.registration", saved.id(),
                saved.unitId(), Map.of("points", String.valueOf(saved.points()), "classification",
                        String.valueOf(saved.classification()))));
    }

    @Override
    public Proposal propose(ProposalDraft draft, UserPrincipal user) {
        Objects.requireNonNull(draft, "draft");
        String dossier = draft.dossier() == null ? "" : draft.dossier().strip();
        List<Violation> problems = new ArrayList<>();
        Inputs.text(problems, "dossier", dossier, ModelDraft.TEXT_MAX, true);
        if (draft.titleCode() == null || draft.titleCode().isBlank()) {
            problems.add(Violation.of("titleCode", ModelDraft.REQUIRED));
        }
        OrgUnitInfo awarding = units.find(draft.awardingUnitId()).orElse(null);
        if (awarding == null) {
            problems.add(Violation.of("awardingUnitId", ModelDraft.UNIT_UNKNOWN));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        LocalDate today = PlatformTime.today(clock);
        return store.audited(em -> {
            RegistrationEntity registration = em.find(RegistrationEntity.class, draft.registrationId());
            if (registration == null) {
                throw ValidationException.of(null, ModelService.GONE);
            }
            access.check(user, EmulationPermissions.MANAGE, registration.getUnitId());
            if (registration.getState() != RegistrationState.EVALUATED) {
                throw ValidationException.of(null, NOT_EVALUATED);
            }
            if (!levels.isAtOrAbove(awarding.id(), registration.getUnitId())) {
                throw ValidationException.of("awardingUnitId", ModelService.NOT_ABOVE);
            }
            AwardLevel level = levels.of(awarding.id())
                    .orElseThrow(() -> ValidationException.of("awardingUnitId", NO_LEVEL));
            titles.checkEligible(draft.titleCode().strip(), registration.getRecipient(), level,
                    registration.getYear(), held(em, registration), draft.achievements(), today);
            ProposalEntity entity = new ProposalEntity(registration.getId(), registration.getUnitId(),
                    draft.titleCode().strip(), awarding.id(), awarding.name(), level, draft.achievements(), dossier,
                    user.login(), now());
            em.persist(entity);
            em.flush();
            return toProposal(em, entity);
        }, saved -> audit.record("emulation.proposal.created", user, "emulation.proposal", saved.id(),
                saved.unitId(), Map.of("title", saved.titleCode(), "awardingUnit",
                        Long.toString(saved.awardingUnitId()))));
    }

    /** The titles the registration's candidate holds, by year: decided awards to the same unit and name. */
    private static Map<Integer, Set<String>> held(EntityManager em, RegistrationEntity registration) {
        List<Object[]> rows = em.createQuery("SELECT r.year, p.titleCode FROM EmProposal p, EmRegistration r"
                + " WHERE p.registrationId = r.id AND p.state IN :awarded AND r.unitId = :unit"
                + " AND r.recipient = :recipient AND LOWER(r.candidateName) = :name", Object[].class)
                .setParameter("awarded", List.of(ProposalState.DECIDED, ProposalState.ANNOUNCED)).setParameter("unit", registration.getUnitId())
                .setParameter("recipient", registration.getRecipient())
                .setParameter("name", registration.getCandidateName().toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        Map<Integer, Set<String>> held = new HashMap<>();
        for (Object[] row : rows) {
            held.computeIfAbsent(((Number) row[0]).intValue(), y -> new java.util.HashSet<>()).add((String) row[1]);
        }
        return held;
    }

    @Override
    public List<Proposal> proposals(int year, UserPrincipal user) {
        AccessScope scope = readScope(user);
        if (scope.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            String where = scope.unrestricted() ? ""
                    : " AND (p.unitId IN :units OR p.awardingUnitId IN :units)";
            var query = em.createQuery("SELECT p FROM EmProposal p, EmRegistration r WHERE p.registrationId = r.id"
                    + " AND r.year = :y" + where + " ORDER BY p.id", ProposalEntity.class).setParameter("y", year);
            if (!scope.unrestricted()) {
                query.setParameter("units", scope.unitIds());
            }
            return query.setMaxResults(2000).getResultList().stream().map(p -> toProposal(em, p)).toList();
        });
    }

    @Override
    public Proposal vote(long proposalId, long expectedVersion, boolean approve, String comment, UserPrincipal user) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > ModelServiceImpl.COMMENT_MAX) {
            throw ValidationException.of("comment", ModelDraft.TOO_LONG, ModelServiceImpl.COMMENT_MAX);
        }
        return store.audited(em -> {
            ProposalEntity proposal = open(em, proposalId, expectedVersion);
            access.check(user, EmulationPermissions.COUNCIL, proposal.getAwardingUnitId());
            VoteEntity vote = em.createQuery("SELECT v FROM EmVote v WHERE v.proposalId = :p"
                    + " AND v.memberUserId = :u", VoteEntity.class).setParameter("p", proposalId)
                    .setParameter("u", user.userId()).getResultStream().findFirst().orElse(null);
            if (vote == null) {
                vote = new VoteEntity(proposalId, user.userId(), user.login());
                em.persist(vote);
            }
            vote.set(approve, text.isEmpty() ? null : text);
            em.lock(proposal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return toProposal(em, proposal);
        }, saved -> audit.record("emulation.proposal.voted", user, "emulation.proposal", saved.id(), saved.unitId(),
                Map.of("approve", Boolean.toString(approve))));
    }

    @Override
    public Proposal decide(long proposalId, long expectedVersion, Recognition decision, UserPrincipal user) {
        Objects.requireNonNull(decision, "decision");
        List<Violation> problems = Inputs.decision(decision, PlatformTime.today(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.audited(em -> {
            ProposalEntity proposal = open(em, proposalId, expectedVersion);
            access.check(user, EmulationPermissions.DECIDE, proposal.getAwardingUnitId());
            if (decision.decidingUnitId() != proposal.getAwardingUnitId()) {
                throw ValidationException.of("decidingUnitId", NOT_AWARDING_UNIT);
            }
            RegistrationEntity registration = em.find(RegistrationEntity.class, proposal.getRegistrationId());
            if (decision.decidedOn().getYear() < registration.getYear()) {
                throw ValidationException.of("decidedOn", ModelService.DECISION_DAY);
            }
            long[] votes = votes(em, proposalId);
            long cast = votes[0] + votes[1];
            RuleFigure approval = rules.figure(APPROVAL, decision.decidedOn())
                    .orElseThrow(() -> new IllegalStateException("no rule row " + APPROVAL));
            // carried when those for are more than the share of the votes cast
            if (cast == 0 || BigDecimal.valueOf(votes[0] * 100).compareTo(approval.value()
                    .multiply(BigDecimal.valueOf(cast))) <= 0) {
                throw ValidationException.of(null, NOT_CARRIED, votes[0], cast, approval.value().toPlainString());
            }
            // the title table of the decision day decides: a row changed since the proposal applies now
            titles.checkEligible(proposal.getTitleCode(), registration.getRecipient(), proposal.getLevel(),
                    registration.getYear(), held(em, registration), proposal.achievementSet(), decision.decidedOn());
            RewardAmount reward = titles.reward(proposal.getTitleCode(), decision.decidedOn());
            proposal.decide(decision, reward);
            em.flush();
            return toProposal(em, proposal);
        }, saved -> audit.record("emulation.award.decided", user, "emulation.proposal", saved.id(), saved.unitId(),
                Map.of("title", saved.titleCode(), "decision", saved.decisionNumber(), "amount",
                        saved.amount().toPlainString())));
    }

    @Override
    public Proposal announce(long proposalId, long expectedVersion, LocalDate announcedOn, String announcement,
            UserPrincipal user) {
        String text = announcement == null ? "" : announcement.strip();
        LocalDate today = PlatformTime.today(clock);
        List<Violation> problems = new ArrayList<>();
        Inputs.text(problems, "announcement", text, ModelServiceImpl.COMMENT_MAX, true);
        if (announcedOn == null) {
            problems.add(Violation.of("announcedOn", ModelDraft.REQUIRED));
        } else if (announcedOn.isAfter(today)) {
            problems.add(Violation.of("announcedOn", Inputs.DAY_FUTURE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.audited(em -> {
            ProposalEntity proposal = em.find(ProposalEntity.class, proposalId);
            if (proposal == null) {
                throw ValidationException.of(null, ModelService.GONE);
            }
            access.check(user, EmulationPermissions.DECIDE, proposal.getAwardingUnitId());
            if (proposal.getVersion() != expectedVersion) {
                throw new OptimisticLockException("proposal " + proposalId + " changed", null, proposal);
            }
            if (proposal.getState() != ProposalState.DECIDED) {
                throw ValidationException.of(null, NOT_DECIDED);
            }
            if (announcedOn.isBefore(proposal.getDecidedOn())) {
                throw ValidationException.of("announcedOn", ANNOUNCED_BEFORE_DECISION,
                        proposal.getDecisionNumber());
            }
            proposal.announce(announcedOn, text, user.login());
            em.flush();
            return toProposal(em, proposal);
        }, saved -> audit.record("emulation.award.announced", user, "emulation.proposal", saved.id(), saved.unitId(),
                Map.of("title", saved.titleCode(), "decision", saved.decisionNumber(), "announcedOn",
                        saved.announcedOn().toString())));
    }

    @Override
    public Proposal refuse(long proposalId, long expectedVersion, String reason, UserPrincipal user) {
        String text = reason == null ? "" : reason.strip();
        List<Violation> problems = new ArrayList<>();
        Inputs.text(problems, "reason", text, ModelServiceImpl.COMMENT_MAX, true);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.audited(em -> {
            ProposalEntity proposal = open(em, proposalId, expectedVersion);
            access.check(user, EmulationPermissions.DECIDE, proposal.getAwardingUnitId());
            proposal.refuse(text);
            em.flush();
            return toProposal(em, proposal);
        }, saved -> audit.record("emulation.proposal.refused", user, "emulation.proposal", saved.id(),
                saved.unitId(), Map.of("title", saved.titleCode())));
    }

    private static ProposalEntity open(EntityManager em, long proposalId, long expectedVersion) {
        ProposalEntity proposal = em.find(ProposalEntity.class, proposalId);
        if (proposal == null) {
            throw ValidationException.of(null, ModelService.GONE);
        }
        if (proposal.getVersion() != expectedVersion) {
            throw new OptimisticLockException("proposal " + proposalId + " changed", null, proposal);
        }
        if (proposal.getState() != ProposalState.PROPOSED) {
            throw ValidationException.of(null, CLOSED);
        }
        return proposal;
    }

    /** Votes for and against. */
    private static long[] votes(EntityManager em, long proposalId) {
        List<VoteEntity> votes = em.createQuery("SELECT v FROM EmVote v WHERE v.proposalId = :p", VoteEntity.class)
                .setParameter("p", proposalId).getResultList();
        long yes = votes.stream().filter(VoteEntity::isApprove).count();
        return new long[] { yes, votes.size() - yes };
    }

    private Registration toRegistration(RegistrationEntity r) {
        int max = criteria.setFor(r.getUnitKind(), r.getRecipient()).stream()
                .mapToInt(EvaluationCriterion::maxPoints).sum();
        Integer total = r.getState() == RegistrationState.EVALUATED
                ? r.getPoints().values().stream().mapToInt(Integer::intValue).sum() : null;
        return new Registration(r.getId(), r.getVersion(), r.getUnitId(), r.getUnitName(), r.getUnitKind(),
                r.getYear(), r.getRecipient(), r.getCandidateName(), r.getTargetTitle(), r.getTargets(),
                r.getState(), total, max, r.getClassification());
    }

    private static Proposal toProposal(EntityManager em, ProposalEntity p) {
        RegistrationEntity r = em.find(RegistrationEntity.class, p.getRegistrationId());
        long[] votes = votes(em, p.getId());
        return new Proposal(p.getId(), p.getVersion(), p.getRegistrationId(), p.getUnitId(), r.getUnitName(),
                r.getYear(), r.getRecipient(), r.getCandidateName(), p.getTitleCode(), p.getAwardingUnitId(),
                p.getAwardingUnitName(), p.getLevel(), p.achievementSet(), p.getDossier(), p.getState(),
                (int) votes[0], (int) votes[1], p.getDecisionNumber(), p.getDecidedOn(), p.getSigner(),
                p.getCoefficient(), p.getBaseSalary(), p.getAmount(), p.getRefusal(), p.getAnnouncedOn(),
                p.getAnnouncement());
    }
}
