package org.danvan.reception.ui.internal.book;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.ui.spi.MenuGroup;
import org.danvan.platform.ui.spi.DanvanView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.rules.api.RuleTable;
import org.danvan.reception.api.ReceptionPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Sổ tiếp công dân" at {@code /so-tiep-cong-dan}: the reception book (form 03). */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
@DanvanView(route = BookContribution.ROUTE, title = "reception.ui.book.title", permission = ReceptionPermissions.VIEW,
        menu = "reception.ui.book.menu", icon = "vaadin:book", group = MenuGroup.WORK, order = 30)
public class BookContribution implements ViewContribution {

    public static final String ROUTE = "so-tiep-cong-dan";

    private final ReceptionBook book;
    private final OrgUnitDirectory units;
    private final RuleTable rules;
    private final org.danvan.reception.api.ReceptionSchedule schedule;

    @Activate
    public BookContribution(@Reference ReceptionBook book, @Reference OrgUnitDirectory units,
            @Reference RuleTable rules, @Reference org.danvan.reception.api.ReceptionSchedule schedule) {
        this.schedule = schedule;
        this.book = book;
        this.units = units;
        this.rules = rules;
    }
    @Override
    public Class<? extends Component> viewClass() {
        return BookView.class;
    }
    @Override
    public Component createView() {
        return new BookView(book, units, rules, schedule);
    }
}
