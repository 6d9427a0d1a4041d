package org.danvan.hcmstudy.ui.internal;

import org.danvan.hcmstudy.api.ExemplaryService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen ExemplaryView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = ExemplaryViewContribution.ROUTE, title = "hcmstudy.ui.model.title",
        permission = HcmStudyPermissions.VIEW, menu = "hcmstudy.ui.model.menu", icon = "vaadin:star",
        group = StudyMenu.GROUP, order = 50)
public class ExemplaryViewContribution implements ViewContribution {

    static final String ROUTE = "hoc-tap-bac/dien-hinh";

    private final ExemplaryService exemplary;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public ExemplaryViewContribution(@Reference ExemplaryService exemplary, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.exemplary = exemplary;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ExemplaryView.class;
    }

    @Override
    public Component createView() {
        return new ExemplaryView(exemplary, units, access);
    }
}
