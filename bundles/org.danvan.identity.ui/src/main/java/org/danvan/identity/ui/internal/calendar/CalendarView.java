package org.danvan.identity.ui.internal.calendar;

import java.util.ArrayList;
import java.util.List;

import org.danvan.calendar.api.CalendarAdministration;
import org.danvan.calendar.api.CalendarAnnouncement;
import org.danvan.calendar.api.CalendarPreview;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The announcements of a year (days off, working Saturdays, the days of the holidays set yearly): list, add and
 * withdraw. Adding and withdrawing show first how many open cases' due dates would move and by how many days.
 */
public class CalendarView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient CalendarAdministration calendar;
    private final transient UserPrincipal actor;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<CalendarAnnouncement> grid = new Grid<>();
    private final Button remove = new Button();

    public CalendarView(CalendarAdministration calendar) {
        this.calendar = calendar;
        this.actor = SignedInUser.get().orElse(null);
        setId("calendar");
        setPadding(true);
        setSizeFull();

        int thisYear = LocalizedDates.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear - 2; y <= thisYear + 2; y++) {
            years.add(y);
        }
        year.setId("calendar-year");
        year.setLabel(getTranslation("identity.ui.calendar.year"));
        year.setItems(years);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("identity.ui.calendar.add"), VaadinIcon.PLUS.create(),
                e -> new AnnouncementDialog(calendar, actor, this::added).open());
        add.setId("calendar-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(actor != null);
        remove.setText(getTranslation("identity.ui.calendar.remove"));
        remove.setIcon(VaadinIcon.TRASH.create());
        remove.setId("calendar-remove");
        remove.setEnabled(false);
        remove.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(this::confirmRemove));
        HorizontalLayout toolbar = new HorizontalLayout(year, add, remove);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.setId("calendar-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> LocalizedDates.format(a.date())).setHeader(getTranslation("identity.ui.calendar.date"))
                .setFlexGrow(1);
        grid.addColumn(a -> getTranslation("identity.ui.calendar.kind." + a.kind().name()))
                .setHeader(getTranslation("identity.ui.calendar.kind")).setFlexGrow(1);
        grid.addColumn(a -> a.name() != null ? a.name() : getTranslation(a.nameKey()))
                .setHeader(getTranslation("identity.ui.calendar.name")).setFlexGrow(2);
        grid.addColumn(a -> a.legalDocument() == null ? "" : a.legalDocument())
                .setHeader(getTranslation("identity.ui.calendar.document")).setFlexGrow(2);
        grid.addColumn(a -> a.shipped() ? getTranslation("identity.ui.calendar.shipped") : "")
                .setHeader(getTranslation("identity.ui.calendar.source")).setFlexGrow(1);
        grid.setSizeFull();
        grid.addSelectionListener(e -> remove.setEnabled(actor != null && e.getFirstSelectedItem().isPresent()));
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        Integer shown = year.getValue();
        grid.setItems(shown == null ? List.of() : calendar.announcements(shown));
        remove.setEnabled(false);
    }

    private void added(CalendarAnnouncement announcement) {
        if (!Integer.valueOf(announcement.date().getYear()).equals(year.getValue())) {
            year.setValue(announcement.date().getYear());
        } else {
            refresh();
        }
    }

    private void confirmRemove(CalendarAnnouncement announcement) {
        CalendarPreview preview;
        try {
            preview = calendar.previewRemove(actor, announcement.id());
        } catch (RuntimeException e) {
            if (!Refusals.isUserCaused(e)) {
                throw e;
            }
            Refusals.show(e, this::getTranslation);
            refresh();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("calendar-remove-confirm");
        confirm.setHeader(getTranslation("identity.ui.calendar.remove.title", LocalizedDates.format(announcement.date())));
        confirm.setText(AnnouncementDialog.describe(preview, this::getTranslation));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("identity.ui.calendar.cancel"));
        confirm.setConfirmText(getTranslation("identity.ui.calendar.remove"));
        confirm.addConfirmListener(e -> {
            try {
                calendar.remove(actor, announcement.id(), announcement.version());
                Refusals.success(getTranslation("identity.ui.calendar.removed"));
            } catch (RuntimeException failure) {
                if (!Refusals.isUserCaused(failure)) {
                    throw failure;
                }
                Refusals.show(failure, this::getTranslation);
            }
            refresh();
        });
        confirm.open();
    }
}
