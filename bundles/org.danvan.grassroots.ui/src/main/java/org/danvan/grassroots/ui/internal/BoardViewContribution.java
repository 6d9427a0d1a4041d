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

/** People's Inspection Boards at /dan-chu/thanh-tra-nhan-dan. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = BoardViewContribution.ROUTE, title = "grassroots.ui.boards.title",
        permission = GrassrootsPermissions.VIEW, menu = "grassroots.ui.boards.menu", icon = "vaadin:eye",
        group = GrassrootsMenu.GROUP, order = 74)
public class BoardViewContribution implements ViewContribution {

    static final String ROUTE = "dan-chu/thanh-tra-nhan-dan";

    private final BoardService boards;
    private final OrgUnitDirectory units;
    private final AccessControl access;

    @Activate
    public BoardViewContribution(@Reference BoardService boards, @Reference OrgUnitDirectory units,
            @Reference AccessControl access) {
        this.boards = boards;
        this.units = units;
        this.access = access;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return BoardView.class;
    }

    @Override
    public Component createView() {
        return new BoardView(boards, units, access);
    }
}
