package org.danvan.noticeboard.ui.internal;

import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeService;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;

import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * Puts "Bảng tin" into the shell: the view at {@code /bang-tin} and its entry in the "work" menu group. Present
 * only while the notice service is, so the entry disappears with the domain bundle.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = NoticeBoardContribution.ROUTE, title = "noticeboard.view.title",
        permission = NoticeBoardPermissions.VIEW, menu = "noticeboard.view.menu", icon = "vaadin:newspaper",
        group = MenuGroup.WORK, order = 50)
public class NoticeBoardContribution implements ViewContribution {

    static final String ROUTE = "bang-tin";

    private final NoticeService notices;

    @Activate
    public NoticeBoardContribution(@Reference NoticeService notices) {
        this.notices = notices;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return NoticeBoardView.class;
    }
    @Override
    public Component createView() {
        return new NoticeBoardView(notices);
    }
}
