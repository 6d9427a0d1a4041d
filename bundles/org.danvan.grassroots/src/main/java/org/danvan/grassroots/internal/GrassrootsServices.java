package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.CommentDraft;
import org.danvan.grassroots.api.ConsultationService;
import org.danvan.grassroots.api.ContentGroup;
import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureDraft;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.PublicConsultation;
import org.danvan.grassroots.api.PublicDisclosures;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.keys.KeyService;
import org.danvan.platform.api.keys.Reencryption;
import org.danvan.platform.api.module.ModuleEnablement;
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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.LoggerFactory;

/**
 * The module's one DS component: opens its persistence unit once and offers the services on it. The public page
 * gets {@link PublicDisclosures} only, which can answer nothing but a commune's public facts.
 */
// also registered under its own (internal) class, for the components that offer MatterService and the evidence:
// their methods clash with DisclosureService's, so they delegate to this one unit of persistence
@Component(service = { DisclosureService.class, PublicDisclosures.class, GrassrootsServices.class }, immediate = true,
        configurationPid = GrassrootsConfiguration.PID)
@Designate(ocd = GrassrootsConfiguration.class)
public class GrassrootsServices implements DisclosureService, PublicDisclosures {

    /** The module's persistence unit: its entity classes and its Liquibase changelog. */
    static final PersistenceUnitDefinition UNIT = PersistenceUnitDefinition.of(GrassrootsPermissions.MODULE,
            "db/grassroots/changelog.xml", DisclosureEntity.class, PostingEmbeddable.class, MatterEntity.class,
            MatterOptionEmbeddable.class, ConsultationEntity.class, CommentEntity.class, BoardEntity.class,
            BoardMemberEmbeddable.class, RecommendationEntity.class, SupervisionRoundEntity.class,
            AgencyConferenceEntity.class, AspirationEntity.class, SteeringCommitteeEntity.class,
            SteeringMemberEmbeddable.class, SteeringActivityEntity.class, FollowUpTaskEntity.class,
            CommunityMeetingEntity.class);
    /** Comments one connection may leave on the public pages in {@link #COMMENT_WINDOW_MINUTES} minutes. */
    static final int COMMENTS_PER_WINDOW = 3;
    static final int COMMENT_WINDOW_MINUTES = 10;

    private final EntityStore store;
    private final DisclosureServiceImpl disclosures;
    private final PublicDisclosuresImpl publicPage;
    private final MatterServiceImpl matters;
    private final ConsultationServiceImpl consultations;
    private final BoardServiceImpl boards;
    private final AgencyServiceImpl agencies;
    private final SteeringServiceImpl steering;
    private final ContactProtector contacts;

    @Activate
    public GrassrootsServices(@Reference PersistenceService persistence, @Reference AccessControl access,
            @Reference OrgUnitDirectory units, @Reference AuditTrail audit, @Reference RuleTable rules,
            @Reference ModuleEnablement enablement, @Reference KeyService keys, GrassrootsConfiguration configuration) {
        this(persistence, access, units, audit, rules, enablement, keys, PlatformTime.clock(),
                CommentLimiter.configured(configuration.commentsPerWindow(), configuration.commentWindowMinutes(),
                        COMMENTS_PER_WINDOW, COMMENT_WINDOW_MINUTES, LoggerFactory.getLogger(GrassrootsServices.class)));
    }

    /** With a clock of the caller's and the default comment limits (tests). */
    public GrassrootsServices(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, ModuleEnablement enablement, KeyService keys, Clock clock) {
        this(persistence, access, units, audit, rules, enablement, keys, clock, new CommentLimiter(COMMENTS_PER_WINDOW,
                java.util.concurrent.TimeUnit.MINUTES.toNanos(COMMENT_WINDOW_MINUTES), 10_000, System::nanoTime));
    }

    private GrassrootsServices(PersistenceService persistence, AccessControl access, OrgUnitDirectory units,
            AuditTrail audit, RuleTable rules, ModuleEnablement enablement, KeyService keys, Clock clock,
            CommentLimiter limiter) {
        ContentGroupCatalog groups = ContentGroupCatalog.load();
        this.store = persistence.open(UNIT);
        this.contacts = new ContactProtector(keys.ring(ContactProtector.PURPOSE), store);
        // contacts stored in clear by version 1.1.0 of the module are encrypted now (none on a new server)
        int moved = contacts.encryptClearRows();
        if (moved > 0) {
            LoggerFactory.getLogger(GrassrootsServices.class).info("Encrypted {} comment contacts with the key ring {}", moved, ContactProtector.PURPOSE);
        }
        this.disclosures = new DisclosureServiceImpl(store, access, units, audit, rules, groups, clock);
        this.consultations = new ConsultationServiceImpl(store, access, units, audit, rules, clock, limiter, contacts);
        this.publicPage = new PublicDisclosuresImpl(store, units, enablement, disclosures, consultations, clock);
        this.matters = new MatterServiceImpl(store, access, units, audit, rules, clock);
        this.boards = new BoardServiceImpl(store, access, units, audit, rules, clock);
        this.agencies = new AgencyServiceImpl(store, access, units, audit, clock);
        this.steering = new SteeringServiceImpl(store, access, units, audit, clock);
    }

    @Deactivate
    public void deactivate() {
        store.close();
    }

    /** The evidence this module offers other modules (registered as {@link EvidenceProvider}). */
    public EvidenceProvider evidence() {
        return new GrassrootsEvidence(disclosures, matters);
    }

    /** Re-encryption of the comments' contacts (registered as {@link Reencryption}). */
    public Reencryption contactReencryption() {
        return contacts;
    }

    /** The inspection boards on the same unit (registered as {@link BoardService}). */
    public BoardService boards() {
        return boards;
    }

    /** Agencies' conferences and staff aspirations on the same unit (registered as {@link AgencyService}). */
    public AgencyService agencies() {
        return agencies;
    }

    /** The Steering Committees on the same unit (registered as {@link SteeringService}). */
    public SteeringService steering() {
        return steering;
    }

    /** The consultations on the same unit (registered as {@link ConsultationService}). */
    public ConsultationService consultations() {
        return consultations;
    }

    /** The matters for decision on the same unit (registered as {@link MatterService}). */
    public MatterService matters() {
        return matters;
    }

    @Override
    public List<ContentGroup> contentGroups() {
        return disclosures.contentGroups();
    }

    @Override
    public List<Disclosure> list(UserPrincipal user, int offset, int limit) {
        return disclosures.list(user, offset, limit);
    }

    @Override
    public long count(UserPrincipal user) {
        return disclosures.count(user);
    }

    @Override
    public List<Disclosure> inPeriod(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        return disclosures.inPeriod(user, unitId, from, to);
    }

    @Override
    public List<ContentGroup> missingIn(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        return disclosures.missingIn(user, unitId, from, to);
    }

    @Override
    public Disclosure create(DisclosureDraft draft, UserPrincipal user) {
        return disclosures.create(draft, user);
    }

    @Override
    public Disclosure update(long id, long expectedVersion, DisclosureDraft draft, UserPrincipal user) {
        return disclosures.update(id, expectedVersion, draft, user);
    }

    @Override
    public void delete(long id, long expectedVersion, UserPrincipal user) {
        disclosures.delete(id, expectedVersion, user);
    }

    @Override
    public Optional<CommunePage> page(String communeCode) {
        return publicPage.page(communeCode);
    }

    @Override
    public List<PublicConsultation> consultations(String communeCode) {
        return publicPage.consultations(communeCode);
    }

    @Override
    public void comment(String communeCode, long consultationId, CommentDraft draft, String requesterKey) {
        publicPage.comment(communeCode, consultationId, draft, requesterKey);
    }
}
