package org.danvan.supervision.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.danvan.rules.api.RuleTable;
import org.danvan.supervision.api.CriticismService;
import org.danvan.supervision.api.PeopleOpinionService;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.danvan.supervision.api.SupervisionReports;
import org.danvan.supervision.api.SupervisionService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's one DS component: opens its persistence unit once and registers the services on it (programmes,
 * recommendations, reports, social criticism, the people's opinions, and the evidence for other modules) while it is active.
 */
@Component(service = {}, immediate = true)
public class SupervisionServices {

    /** The module's persistence unit: its entity classes and its Liquibase changelog. */
    static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of(SupervisionPermissions.MODULE,
            "db/supervision/changelog.xml", ProgrammeEntity.class, RecommendationEntity.class,
            FollowUpEntity.class, CriticismEntity.class, OpinionEntity.class, PeopleOpinionEntity.class);

    private final EntityStore store;
    private final SupervisionService programmes;
    private final RecommendationService recommendations;
    private final SupervisionReports reports;
    private final CriticismService criticisms;
    private final PeopleOpinionService peopleOpinions;
    private final OrgUnitDirectory units;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public SupervisionServices(BundleContext context, @Reference PersistenceService persistence,
            @Reference AccessControl access, @Reference OrgUnitDirectory units, @Reference AuditTrail audit,
            @Reference RuleTable rules) {
        this(persistence, access, units, audit, rules, PlatformTime.clock(), 0, 0);
        registrations.add(context.registerService(SupervisionService.class, programmes, null));
        registrations.add(context.registerService(RecommendationService.class, recommendations, null));
        registrations.add(context.registerService(SupervisionReports.class, reports, null));
        registrations.add(context.registerService(CriticismService.class, criticisms, null));
        registrations.add(context.registerService(PeopleOpinionService.class, peopleOpinions, null));
        registrations.add(context.registerService(EvidenceProvider.class, evidence(), null));
    }

    private SupervisionServices(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, Clock clock, int unused, int unusedToo) {
        this.store = persistence.open(UNIT);
        this.units = units;
        Context ctx = new Context(store, access, units, audit, rules, clock);
        this.programmes = new SupervisionServiceImpl(ctx);
        this.recommendations = new RecommendationServiceImpl(ctx);
        this.reports = new SupervisionReportsImpl(ctx);
        this.criticisms = new CriticismServiceImpl(ctx);
        this.peopleOpinions = new PeopleOpinionServiceImpl(ctx);
    }

    /**
     * Without OSGi, with a clock of the caller's (tests). A factory, not a constructor: the component's activation
     * constructor must stay the only public one of its arity.
     */
    public static SupervisionServices open(PersistenceService persistence, AccessControl access,
            OrgUnitDirectory units, AuditTrail audit, RuleTable rules, Clock clock) {
        return new SupervisionServices(persistence, access, units, audit, rules, clock, 0, 0);
    }

    @Deactivate
    public void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        store.close();
    }

    public SupervisionService programmes() {
        return programmes;
    }

    public RecommendationService recommendations() {
        return recommendations;
    }

    public SupervisionReports reports() {
        return reports;
    }

    public CriticismService criticisms() {
        return criticisms;
    }

    public PeopleOpinionService peopleOpinions() {
        return peopleOpinions;
    }

    public EvidenceProvider evidence() {
        return new SupervisionEvidence(recommendations, units);
    }
}
