package org.danvan.emulation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.emulation.api.EmulationPermissions;
import org.danvan.emulation.api.Model;
import org.danvan.emulation.api.ModelCriterion;
import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.ModelScore;
import org.danvan.emulation.api.ModelService;
import org.danvan.emulation.api.ModelSpread;
import org.danvan.emulation.api.Recognition;
import org.danvan.emulation.api.AwardTitles;
import org.danvan.emulation.api.CriterionEvidence;
import org.danvan.emulation.api.EmulationCycle;
import org.danvan.emulation.api.Proposal;
import org.danvan.emulation.api.ProposalDraft;
import org.danvan.emulation.api.Registration;
import org.danvan.emulation.api.RegistrationDraft;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.danvan.rules.api.RuleTable;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The module's DS component: opens its persistence unit once and offers the services on it. */
// also registered under its own (internal) class, for the evidence component on the same unit of persistence
@Component(service = { ModelService.class, EmulationCycle.class, EmulationServices.class }, immediate = true)
public class EmulationServices implements ModelService, EmulationCycle {

    /** The module's persistence unit: its entity classes and its Liquibase changelog. */
    static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of(EmulationPermissions.MODULE,
            "db/emulation/changelog.xml", ModelEntity.class, ModelScoreEntity.class, RegistrationEntity.class,
            ProposalEntity.class, VoteEntity.class);

    private final EntityStore store;
    private final ModelServiceImpl models;
    private final CycleServiceImpl cycle;
    /** The evidence of the installed modules; none is required. */
    private final List<EvidenceProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public EmulationServices(@Reference PersistenceService persistence, @Reference AccessControl access,
            @Reference OrgUnitDirectory units, @Reference AuditTrail audit, @Reference RuleTable rules,
            @Reference AwardTitles titles) {
        this(persistence, access, units, audit, rules, titles, PlatformTime.clock());
    }

    /** With a clock of the caller's (tests); a different arity from the activation constructor. */
    public EmulationServices(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, AwardTitles titles, Clock clock) {
        Auditor auditor = new Auditor(audit);
        this.store = persistence.open(UNIT);
        this.models = new ModelServiceImpl(store, access, units, auditor, rules, ModelCriteria.load(), clock);
        this.cycle = new CycleServiceImpl(store, access, units, auditor, rules, titles, EvaluationCriteria.load(),
                providers, clock);
    }

    /** An installed module's evidence arrives. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addEvidence(EvidenceProvider provider) {
        providers.add(provider);
    }

    /** An installed module's evidence leaves with the module. */
    public void removeEvidence(EvidenceProvider provider) {
        providers.remove(provider);
    }

    /** The model service itself, for the evidence this module offers. */
    ModelServiceImpl modelService() {
        return models;
    }

    @Deactivate
    public void deactivate() {
        store.close();
    }

    @Override
    public List<ModelCriterion> criteria() {
        return models.criteria();
    }

    @Override
    public List<Model> models(UserPrincipal user) {
        return models.models(user);
    }

    @Override
    public Optional<Model> model(long id, UserPrincipal user) {
        return models.model(id, user);
    }

    @Override
    public Model register(ModelDraft draft, UserPrincipal user) {
        return models.register(draft, user);
    }

    @Override
    public Model score(long modelId, long expectedVersion, Map<String, Integer> points, String comment,
            UserPrincipal user) {
        return models.score(modelId, expectedVersion, points, comment, user);
    }

    @Override
    public List<ModelScore> scores(long modelId, UserPrincipal user) {
        return models.scores(modelId, user);
    }

    @Override
    public Model recognise(long modelId, long expectedVersion, Recognition decision, UserPrincipal user) {
        return models.recognise(modelId, expectedVersion, decision, user);
    }

    @Override
    public List<ModelSpread> spread(UserPrincipal user) {
        return models.spread(user);
    }

    @Override
    public List<Registration> registrations(int year, UserPrincipal user) {
        return cycle.registrations(year, user);
    }

    @Override
    public Registration registerEmulation(RegistrationDraft draft, UserPrincipal user) {
        return cycle.registerEmulation(draft, user);
    }

    @Override
    public List<CriterionEvidence> evaluation(long registrationId, UserPrincipal user) {
        return cycle.evaluation(registrationId, user);
    }

    @Override
    public Registration evaluate(long registrationId, long expectedVersion, Map<String, Integer> points,
            Map<String, String> notes, UserPrincipal user) {
        return cycle.evaluate(registrationId, expectedVersion, points, notes, user);
    }

    @Override
    public Proposal propose(ProposalDraft draft, UserPrincipal user) {
        return cycle.propose(draft, user);
    }

    @Override
    public List<Proposal> proposals(int year, UserPrincipal user) {
        return cycle.proposals(year, user);
    }

    @Override
    public Proposal vote(long proposalId, long expectedVersion, boolean approve, String comment, UserPrincipal user) {
        return cycle.vote(proposalId, expectedVersion, approve, comment, user);
    }

    @Override
    public Proposal decide(long proposalId, long expectedVersion, Recognition decision, UserPrincipal user) {
        return cycle.decide(proposalId, expectedVersion, decision, user);
    }

    @Override
    public Proposal announce(long proposalId, long expectedVersion, java.time.LocalDate announcedOn,
            String announcement, UserPrincipal user) {
        return cycle.announce(proposalId, expectedVersion, announcedOn, announcement, user);
    }

    @Override
    public Proposal refuse(long proposalId, long expectedVersion, String reason, UserPrincipal user) {
        return cycle.refuse(proposalId, expectedVersion, reason, user);
    }
}
