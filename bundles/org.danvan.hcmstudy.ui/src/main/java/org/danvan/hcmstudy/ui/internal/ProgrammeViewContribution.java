package org.danvan.hcmstudy.ui.internal;

import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.StudyService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen ProgrammeView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ProgrammeViewContribution.ROUTE, title = "hcmstudy.ui.programme.title",
        permission = HcmStudyPermissions.VIEW, menu = "hcmstudy.ui.programme.menu", icon = "vaadin:book",
        group = StudyMenu.GROUP, order = 10)
public class ProgrammeViewContribution implements ViewContribution {

    static final String ROUTE = "hoc-tap-bac/chuong-trinh";

    private final StudyService study;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public ProgrammeViewContribution(@Reference StudyService study, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.study = study;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ProgrammeView.class;
    }

    @Override
    public Component createView() {
        return new ProgrammeView(study, units, access);
    }
}
