package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** The yearly dialogue conference and year-end community meetings at /dan-chu/hoi-nghi-nhan-dan. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = MeetingViewContribution.ROUTE, title = "grassroots.ui.meeting.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.meeting.menu", icon = "vaadin:group",
        group = GrassrootsMenu.GROUP, order = 77)
public class MeetingViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/hoi-nghi-nhan-dan";

    private final BoardService boards;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public MeetingViewContribution(@Reference BoardService boards,
            @Reference OrgUnitDirectory units, @Reference AccessControl access) {
        this.boards = boards;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return MeetingView.class;
    }

    @Override
    public Component createView() {
        return new MeetingView(boards, units, access);
    }
}
