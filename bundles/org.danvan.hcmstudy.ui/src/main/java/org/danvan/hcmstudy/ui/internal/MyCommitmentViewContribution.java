package org.danvan.hcmstudy.ui.internal;

import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The screen MyCommitmentView at /{@value #ROUTE} for the shell. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = MyCommitmentViewContribution.ROUTE, title = "hcmstudy.ui.mine.title",
        permission = HcmStudyPermissions.PARTICIPATE, menu = "hcmstudy.ui.mine.menu", icon = "vaadin:user-check",
        group = StudyMenu.GROUP, order = 20)
public class MyCommitmentViewContribution implements ViewContribution {

    static final String ROUTE = "hoc-tap-bac/cua-toi";

    private final CommitmentService commitments;

    @Activate
    public MyCommitmentViewContribution(@Reference CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return MyCommitmentView.class;
    }

    @Override
    public Component createView() {
        return new MyCommitmentView(commitments);
    }
}
