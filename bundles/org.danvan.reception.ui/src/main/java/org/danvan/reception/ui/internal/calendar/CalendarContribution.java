package org.danvan.reception.ui.internal.calendar;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.ReceptionSchedule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Lịch tiếp công dân" at {@code /lich-tiep-cong-dan}: the leaders' reception calendar. */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class CalendarContribution implements ViewContribution, MenuContribution {

    public static final String ROUTE = "lich-tiep-cong-dan";

    private final ReceptionSchedule schedule;
    private final OrgUnitDirectory units;

    @Activate
    public CalendarContribution(@Reference ReceptionSchedule schedule, @Reference OrgUnitDirectory units) {
        this.schedule = schedule;
        this.units = units;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return CalendarView.class;
    }

    @Override
    public String requiredPermission() {
        return ReceptionPermissions.VIEW;
    }

    @Override
    public String titleKey() {
        return "reception.ui.calendar.title";
    }

    @Override
    public Component createView() {
        return new CalendarView(schedule, units);
    }

    @Override
    public String labelKey() {
        return "reception.ui.calendar.menu";
    }

    @Override
    public String icon() {
        return "vaadin:calendar-user";
    }

    @Override
    public String group() {
        return MenuGroup.WORK;
    }

    @Override
    public int order() {
        return 31;
    }
}
