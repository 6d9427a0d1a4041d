package org.danvan.hcmstudy.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.hcmstudy.api.ActionPlanService;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.StudyService;
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
 * The module's one DS component: opens its persistence unit once and registers the services on it (programme and
 * sessions, commitments, action plans, exemplary models, reports, and the evidence for other modules) while it is
 * active.
 */
@Component(service = {}, immediate = true)
public class HcmStudyServices {

    /** The module's persistence unit: its entity classes and its Liquibase changelog. */
    static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of(HcmStudyPermissions.MODULE,
            "db/hcmstudy/changelog.xml", ProgrammeEntity.class, MemberEntity.class, SessionEntity.class,
            AttendanceEmbeddable.class, CommitmentEntity.class, PlanEntity.class, TaskEntity.class,
            ExemplaryEntity.class);

    private final EntityStore store;
    private final StudyService study;
    private final CommitmentService commitments;
    private final ActionPlanService plans;
    private final ExemplaryService exemplary;
    private final StudyReports reports;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Activate
    public HcmStudyServices(BundleContext context, @Reference PersistenceService persistence,
            @Reference AccessControl access, @Reference OrgUnitDirectory units, @Reference AuditTrail audit,
            @Reference RuleTable rules, @Reference WorkingCalendar calendar) {
        this(persistence, access, units, audit, rules, calendar, PlatformTime.clock(), 0);
        registrations.add(context.registerService(StudyService.class, study, null));
        registrations.add(context.registerService(CommitmentService.class, commitments, null));
        registrations.add(context.registerService(ActionPlanService.class, plans, null));
        registrations.add(context.registerService(ExemplaryService.class, exemplary, null));
        registrations.add(context.registerService(StudyReports.class, reports, null));
        registrations.add(context.registerService(EvidenceProvider.class, evidence(), null));
    }

    private HcmStudyServices(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, WorkingCalendar calendar, Clock clock, int unused) {
        this.store = persistence.open(UNIT);
        Context ctx = new Context(store, access, units, audit, rules, calendar, clock);
        this.study = new StudyServiceImpl(ctx);
        this.commitments = new CommitmentServiceImpl(ctx, BehaviourCatalog.load());
        this.plans = new ActionPlanServiceImpl(ctx);
        this.exemplary = new ExemplaryServiceImpl(ctx);
        this.reports = new StudyReportsImpl(ctx);
    }

    /**
     * Without OSGi, with a clock of the caller's (tests). A factory, not a constructor: the component's activation
     * constructor must stay the only public one of its arity.
     */
    public static HcmStudyServices open(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, WorkingCalendar calendar, Clock clock) {
        return new HcmStudyServices(persistence, access, units, audit, rules, calendar, clock, 0);
    }

    @Deactivate
    public void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        store.close();
    }

    public StudyService study() {
        return study;
    }

    public CommitmentService commitments() {
        return commitments;
    }

    public ActionPlanService plans() {
        return plans;
    }

    public ExemplaryService exemplary() {
        return exemplary;
    }

    public StudyReports reports() {
        return reports;
    }

    public EvidenceProvider evidence() {
        return new HcmStudyEvidence(exemplary);
    }
}
