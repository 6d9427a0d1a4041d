package org.danvan.hcmstudy.ui.internal;

import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.StudyReports;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen OverseerView at /{@value #ROUTE}: the Party committee overseer's read-only view of the units. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = OverseerViewContribution.ROUTE, title = "hcmstudy.ui.oversee.title",
        permission = HcmStudyPermissions.VIEW, menu = "hcmstudy.ui.oversee.menu", icon = "vaadin:eye",
        group = StudyMenu.GROUP, order = 55)
public class OverseerViewContribution implements ViewContribution {

    static final String ROUTE = "hoc-tap-bac/giam-sat";

    private final StudyReports reports;
    private final StudyService study;
    private final CommitmentService commitments;
    private final ExemplaryService exemplary;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public OverseerViewContribution(@Reference StudyReports reports, @Reference StudyService study,
            @Reference CommitmentService commitments, @Reference ExemplaryService exemplary,
            @Reference OrgUnitDirectory units, @Reference AccessControl access) {
        this.reports = reports;
        this.study = study;
        this.commitments = commitments;
        this.exemplary = exemplary;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return OverseerView.class;
    }

    @Override
    public Component createView() {
        return new OverseerView(reports, study, commitments, exemplary, units, access);
    }
}
