package org.danvan.hcmstudy.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.hcmstudy.api.Commitment;
import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.Member;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.platform.api.evidence.EvidenceProvider;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.StaffDirectory;
import org.danvan.platform.api.security.StaffMember;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.vaadin.flow.component.Component;

/** The screen AssessView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = AssessViewContribution.ROUTE, title = "hcmstudy.ui.assess.title",
        permission = HcmStudyPermissions.VIEW, menu = "hcmstudy.ui.assess.menu", icon = "vaadin:check-square-o",
        group = StudyMenu.GROUP, order = 30)
public class AssessViewContribution implements ViewContribution {

    static final String ROUTE = "hoc-tap-bac/danh-gia";

    private final CommitmentService commitments;
    private final OrgUnitDirectory units;
    private final AccessControl access;
    private final StudyService study;
    private final StaffDirectory staff;
    private final List<EvidenceProvider> evidence = new CopyOnWriteArrayList<>();

    @Activate
    public AssessViewContribution(@Reference CommitmentService commitments, @Reference OrgUnitDirectory units,
            @Reference AccessControl access, @Reference StudyService study, @Reference StaffDirectory staff) {
        this.study = study;
        this.staff = staff;
        this.commitments = commitments;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return AssessView.class;
    }

    /** Other modules' evidence (cases handled on time, reception sessions, …), whichever are installed. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeEvidence")
    void addEvidence(EvidenceProvider provider) {
        evidence.add(provider);
    }

    void removeEvidence(EvidenceProvider provider) {
        evidence.remove(provider);
    }

    @Override
    public Component createView() {
        return new AssessView(commitments, units, access, evidence, this::accountOf);
    }

    /**
     * The user account of a commitment's member: the member list names the login; the staff directory knows who
     * holds that login at the unit (every role may take part in the study).
     */
    Long accountOf(Commitment c, UserPrincipal asker) {
        String login = study.members(c.unitId(), asker).stream().filter(m -> m.id() == c.memberId())
                .map(Member::login).filter(l -> l != null && !l.isBlank()).findFirst().orElse(null);
        if (login == null) {
            return null;
        }
        return staff.holders(HcmStudyPermissions.PARTICIPATE, c.unitId(), login, 20).stream()
                .filter(s -> s.login().equalsIgnoreCase(login)).map(StaffMember::userId).findFirst().orElse(null);
    }
}
