package ${package}.ui.internal;

import ${package}.api.Entry;
import ${package}.api.EntryService;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The register: the entries the user may read, the latest day first, with new, change and delete. */
public class EntryView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient EntryService entries;
    private final transient UserPrincipal user;
    private final Grid<Entry> grid = new Grid<>();

    public EntryView(EntryService entries) {
        this.entries = entries;
        this.user = SignedInUser.get().orElse(null);
        setId("${moduleId}-view");
        setSizeFull();

        Button add = new Button(getTranslation("${moduleId}.ui.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("${moduleId}-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("${moduleId}-list");
        grid.addColumn(entry -> LocalizedDates.format(entry.happenedOn()))
                .setHeader(getTranslation("${moduleId}.ui.field.happenedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Entry::title).setHeader(getTranslation("${moduleId}.ui.field.title")).setFlexGrow(2);
        grid.addColumn(Entry::unitName).setHeader(getTranslation("${moduleId}.ui.column.unit")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("${moduleId}.ui.empty"));
        grid.setItems(query -> entries.list(user, query.getOffset(),
                Math.min(query.getLimit(), EntryService.MAX_PAGE_SIZE)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, entries.count(user)));
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private Component actions(Entry entry) {
        Button change = new Button(VaadinIcon.EDIT.create(), e -> edit(entry));
        change.setId("${moduleId}-edit-" + entry.id());
        change.setAriaLabel(getTranslation("${moduleId}.ui.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(entry));
        delete.setId("${moduleId}-delete-" + entry.id());
        delete.setAriaLabel(getTranslation("${moduleId}.ui.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(change, delete);
    }

    private void edit(Entry existing) {
        new EntryDialog(existing, draft -> existing == null ? entries.create(draft, user)
                : entries.update(existing.id(), existing.version(), draft, user), this::changed, this::refused).open();
    }

    private void delete(Entry entry) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("${moduleId}.ui.delete"),
                getTranslation("${moduleId}.ui.delete.text", entry.title()), getTranslation("${moduleId}.ui.delete"),
                e -> {
                    try {
                        entries.delete(entry.id(), entry.version(), user);
                        changed(getTranslation("${moduleId}.ui.deleted"));
                    } catch (RuntimeException refusal) {
                        refused(refusal);
                    }
                }, getTranslation("${moduleId}.ui.cancel"), e -> { });
        confirm.setId("${moduleId}-delete-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** After a change (or a refusal that closed the dialog): show what is stored now. */
    private void changed(String message) {
        grid.getDataProvider().refreshAll();
        Refusals.success(message);
    }

    /** A refusal (no permission, changed or deleted meanwhile): say why, show what is stored now. */
    private void refused(RuntimeException e) {
        grid.getDataProvider().refreshAll();
        Refusals.show(e, this::getTranslation);
    }
}
