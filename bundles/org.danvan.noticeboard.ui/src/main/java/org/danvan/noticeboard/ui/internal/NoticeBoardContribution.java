package org.danvan.noticeboard.ui.internal;

import org.danvan.noticeboard.api.NoticeBoardPermissions;
import org.danvan.noticeboard.api.NoticeService;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Activate;

import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * Puts "Bảng tin" into the shell: the view at {@code /bang-tin} and its entry in the "work" menu group. Present
 * only while the notice service is, so the entry disappears with the domain bundle.
 */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class NoticeBoardContribution implements ViewContribution, MenuContribution {

    static final String ROUTE = "bang-tin";

    private final NoticeService notices;

    @Activate
    public NoticeBoardContribution(@Reference NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return NoticeBoardView.class;
    }

    @Override
    public String requiredPermission() {
        return NoticeBoardPermissions.VIEW;
    }

    @Override
    public String titleKey() {
        return "noticeboard.view.title";
    }

    @Override
    public Component createView() {
        return new NoticeBoardView(notices);
    }

    @Override
    public String labelKey() {
        return "noticeboard.view.menu";
    }

    @Override
    public String icon() {
        return "vaadin:newspaper";
    }

    @Override
    public String group() {
        return MenuGroup.WORK;
    }

    @Override
    public int order() {
        return 50;
    }
}
