package org.danvan.grassroots.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.danvan.grassroots.api.CommentDraft;
import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Posting;
import org.danvan.grassroots.api.PublicConsultation;
import org.danvan.grassroots.api.PublicDisclosure;
import org.danvan.grassroots.api.PublicDisclosures;
import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.org.OrgUnitKinds;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.persistence.api.EntityStore;

/** The public page's answers: public facts of enabled communes only. */
final class PublicDisclosuresImpl implements PublicDisclosures {

    private static final Set<String> COMMUNE_KINDS = Set.of(OrgUnitKinds.COMMUNE, OrgUnitKinds.WARD,
            OrgUnitKinds.SPECIAL_ZONE);
    /** A commune code is short; anything longer is not looked up at all. */
    private static final int MAX_CODE_LENGTH = 32;

    private final EntityStore store;
    private final OrgUnitDirectory units;
    private final ModuleEnablement enablement;
    private final DisclosureServiceImpl disclosures;
    private final ConsultationServiceImpl consultations;
    private final Clock clock;

    PublicDisclosuresImpl(EntityStore store, OrgUnitDirectory units, ModuleEnablement enablement,
            DisclosureServiceImpl disclosures, ConsultationServiceImpl consultations, Clock clock) {
        this.store = store;
        this.units = units;
        this.enablement = enablement;
        this.disclosures = disclosures;
        this.consultations = consultations;
        this.clock = clock;
    }

    /** The current commune with this code where the module is enabled. */
    private Optional<OrgUnitInfo> commune(String communeCode) {
        if (communeCode == null || communeCode.isBlank() || communeCode.length() > MAX_CODE_LENGTH) {
            return Optional.empty();
        }
        Optional<OrgUnitInfo> found = units.findByCode(communeCode.strip());
        if (found.isEmpty() || !found.get().isCurrent() || !COMMUNE_KINDS.contains(found.get().kind())
                || !enablement.isEnabled(GrassrootsPermissions.MODULE, found.get().id())) {
            return Optional.empty();
        }
        return found;
    }

    private Set<Long> area(OrgUnitInfo commune) {
        return units.currentSubtree(commune.id());
    }

    @Override
    public List<PublicConsultation> consultations(String communeCode) {
        return commune(communeCode).map(c -> consultations.publicConsultations(area(c))).orElse(List.of());
    }

    @Override
    public void comment(String communeCode, long consultationId, CommentDraft draft, String requesterKey) {
        OrgUnitInfo commune = commune(communeCode)
                .orElseThrow(() -> ValidationException.of(null, PublicDisclosures.NOT_OPEN));
        consultations.publicComment(area(commune), consultationId, draft, requesterKey);
    }

    @Override
    public Optional<CommunePage> page(String communeCode) {
        Optional<OrgUnitInfo> found = commune(communeCode);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OrgUnitInfo commune = found.get();
        LocalDate today = PlatformTime.today(clock);
        Set<Long> area = area(commune);
        List<PublicDisclosure> shown = store.read(em -> em.createQuery("SELECT d FROM Disclosure d"
                + " WHERE d.unitId IN :units AND d.decidedOn <= :today", DisclosureEntity.class)
                .setParameter("units", area).setParameter("today", today).getResultList().stream()
                .map(disclosures::toDisclosure).filter(d -> d.isUpOn(today))
                .sorted(Comparator.comparingInt(Disclosure::group)
                        .thenComparing(Disclosure::decidedOn, Comparator.reverseOrder())
                        .thenComparing(Disclosure::id, Comparator.reverseOrder()))
                .map(d -> new PublicDisclosure(d.group(), d.title(), d.decisionRef(), d.decidedOn(), d.summary(),
                        d.unitName(), d.postings().stream().filter(p -> p.isUpOn(today)).map(Posting::form)
                                .toList()))
                .toList());
        return Optional.of(new CommunePage(commune.name(), shown));
    }
}
