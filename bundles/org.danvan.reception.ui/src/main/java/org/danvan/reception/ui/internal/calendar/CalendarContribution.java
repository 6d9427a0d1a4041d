package org.danvan.reception.ui.internal.calendar;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.ReceptionSchedule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Lịch tiếp công dân" at {@code /lich-tiep-cong-dan}: the leaders' reception calendar. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = CalendarContribution.ROUTE, title = "reception.ui.calendar.title",
        permission = ReceptionPermissions.VIEW, menu = "reception.ui.calendar.menu", icon = "vaadin:calendar-user",
        group = MenuGroup.WORK, order = 31)
public class CalendarContribution implements ViewContribution {

    public static final String ROUTE = "lich-tiep-cong-dan";

    private final ReceptionSchedule schedule;
    private final OrgUnitDirectory units;

    @Activate
    public CalendarContribution(@Reference ReceptionSchedule schedule, @Reference OrgUnitDirectory units) {
        this.schedule = schedule;
        this.units = units;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return CalendarView.class;
    }
    @Override
    public Component createView() {
        return new CalendarView(schedule, units);
    }
}
