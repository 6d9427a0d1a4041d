package org.danvan.identity.ui.internal.calendar;

import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/**
 * "Lịch nghỉ, làm bù" at {@code /quan-tri/lich-lam-viec}: the yearly announcements of days off and working days, with
 * their effect on open deadlines shown before saving.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = CalendarContribution.ROUTE, title = "identity.ui.calendar.title",
        permission = CalendarAdministration.PERMISSION, menu = "identity.ui.calendar.menu", icon = "vaadin:calendar",
        group = MenuGroup.ADMINISTRATION, order = 61)
public class CalendarContribution implements ViewContribution {

    public static final String ROUTE = "quan-tri/lich-lam-viec";

    private final CalendarAdministration calendar;

    @Activate
    public CalendarContribution(@Reference CalendarAdministration calendar) {
        this.calendar = calendar;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CalendarView.class;
    }

    @Override
    public Component createView() {
        return new CalendarView(calendar);
    }
}
