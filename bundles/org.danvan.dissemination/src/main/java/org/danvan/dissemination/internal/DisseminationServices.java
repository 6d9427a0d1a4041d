package org.danvan.dissemination.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
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

/**
 * The module's one DS component: opens its persistence unit once and registers the services on it (documents and
 * sessions, and the evidence for other modules) while it is active.
 */
@Component(service = {}, immediate = true)
public class DisseminationServices {

    /** The module's persistence unit: its entity classes and its Liquibase changelog. */
    static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of(DisseminationPermissions.MODULE,
            "db/dissemination/changelog.xml", DocumentEntity.class, TargetEntity.class, SessionEntity.class);

    private final EntityStore store;
    private final DisseminationServiceImpl service;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public DisseminationServices(BundleContext context, @Reference PersistenceService persistence,
            @Reference AccessControl access, @Reference OrgUnitDirectory units, @Reference AuditTrail audit,
            @Reference RuleTable rules) {
        this(persistence, access, units, audit, rules, PlatformTime.clock());
        registrations.add(context.registerService(DisseminationService.class, service, null));
        registrations.add(context.registerService(EvidenceProvider.class, evidence(), null));
    }

    private DisseminationServices(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, Clock clock) {
        this.store = persistence.open(UNIT);
        this.service = new DisseminationServiceImpl(store, access, units, audit, rules, clock);
    }

    /**
     * Without OSGi, with a clock of the caller's (tests). A factory, not a constructor: the component's activation
     * constructor must stay the only public one of its arity.
     */
    public static DisseminationServices open(PersistenceService persistence, AccessControl access,
            OrgUnitDirectory units, AuditTrail audit, RuleTable rules, Clock clock) {
        return new DisseminationServices(persistence, access, units, audit, rules, clock);
    }

    @Deactivate
    public void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        store.close();
    }

    public DisseminationService service() {
        return service;
    }

    public EvidenceProvider evidence() {
        return new DisseminationEvidence(service);
    }
}
