package org.danvan.reception.ui.internal.book;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.ui.MenuContribution;
import org.danvan.platform.api.ui.MenuGroup;
import org.danvan.platform.api.ui.ViewContribution;
import org.danvan.reception.api.ReceptionBook;
import org.danvan.reception.api.ReceptionPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;

/** "Sổ tiếp công dân" at {@code /so-tiep-cong-dan}: the reception book (form 03). */
@org.osgi.service.component.annotations.Component(service = { ViewContribution.class, MenuContribution.class })
public class BookContribution implements ViewContribution, MenuContribution {

    public static final String ROUTE = "so-tiep-cong-dan";

    private final ReceptionBook book;
    private final OrgUnitDirectory units;

    @Activate
    public BookContribution(@Reference ReceptionBook book, @Reference OrgUnitDirectory units) {
        this.book = book;
        this.units = units;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return BookView.class;
    }

    @Override
    public String requiredPermission() {
        return ReceptionPermissions.VIEW;
    }

    @Override
    public String titleKey() {
        return "reception.ui.book.title";
    }

    @Override
    public Component createView() {
        return new BookView(book, units);
    }

    @Override
    public String labelKey() {
        return "reception.ui.book.menu";
    }

    @Override
    public String icon() {
        return "vaadin:book";
    }

    @Override
    public String group() {
        return MenuGroup.WORK;
    }

    @Override
    public int order() {
        return 30;
    }
}
