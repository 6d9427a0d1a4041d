package org.danvan.conduct.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.cases.api.CaseNumberLookup;
import org.danvan.cases.api.CaseService;
import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.persistence.api.EntityStore;
import org.danvan.platform.persistence.api.PersistenceService;
import org.danvan.platform.persistence.api.PersistenceUnitDefinition;
import org.danvan.rules.api.RuleTable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The module's one DS component: opens its persistence unit once and registers the services on it (inspections and
 * sanctions, and the evidence for other modules) while it is active. The case engine is optional: while it runs, the
 * case numbers linked to an inspection or a sanction are checked through its published {@link CaseService}.
 */
@Component(service = {}, immediate = true)
public class ConductServices {

    /** The module's persistence unit: its entity classes and its Liquibase changelog. */
    static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of(ConductPermissions.MODULE,
            "db/conduct/changelog.xml", InspectionEntity.class, FindingEntity.class, SanctionEntity.class);

    private final EntityStore store;
    private final ConductServiceImpl conduct;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final AtomicReference<CaseService> caseEngine = new AtomicReference<>();

    @Activate
    public ConductServices(BundleContext context, @Reference PersistenceService persistence,
            @Reference AccessControl access, @Reference OrgUnitDirectory units, @Reference AuditTrail audit,
            @Reference RuleTable rules, @Reference WorkingCalendar calendar) {
        this(persistence, access, units, audit, rules, calendar, null, PlatformTime.clock());
        registrations.add(context.registerService(ConductService.class, conduct, null));
        registrations.add(context.registerService(EvidenceProvider.class, evidence(), null));
    }

    private ConductServices(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, WorkingCalendar calendar, CaseNumberLookup cases, Clock clock) {
        this.store = persistence.open(UNIT);
        Context ctx = new Context(store, access, units, audit, rules, calendar,
                cases == null ? CaseNumberLookup.of(caseEngine::get) : cases, clock);
        this.conduct = new ConductServiceImpl(ctx, SanctionCatalog.load());
    }

    /** Without OSGi and without a case engine, with a clock of the caller's (the screens' tests). */
    public static ConductServices open(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, WorkingCalendar calendar, Clock clock) {
        return new ConductServices(persistence, access, units, audit, rules, calendar, null, clock);
    }

    /**
     * Without OSGi, with a case lookup and a clock of the caller's (tests). A factory, not a constructor: the
     * component's activation constructor must stay the only public one of its arity.
     */
    static ConductServices open(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, WorkingCalendar calendar, CaseNumberLookup cases, Clock clock) {
        return new ConductServices(persistence, access, units, audit, rules, calendar, cases, clock);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindCaseService(CaseService service) {
        caseEngine.set(service);
    }

    void unbindCaseService(CaseService service) {
        caseEngine.compareAndSet(service, null);
    }

    @Deactivate
    public void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        store.close();
    }

    public ConductService conduct() {
        return conduct;
    }

    public EvidenceProvider evidence() {
        return new ConductEvidence(conduct);
    }
}
