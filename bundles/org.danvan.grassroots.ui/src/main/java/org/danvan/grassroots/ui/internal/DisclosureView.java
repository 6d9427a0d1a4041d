package org.danvan.grassroots.ui.internal;

import java.util.stream.Collectors;

import org.danvan.grassroots.api.Disclosure;
import org.danvan.grassroots.api.DisclosureFlag;
import org.danvan.grassroots.api.DisclosureService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Posting;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The disclosures the user may read, the latest decision first, with what the rules flag; new, change, delete. */
public class DisclosureView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient DisclosureService disclosures;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<Disclosure> grid = new Grid<>();

    public DisclosureView(DisclosureService disclosures, OrgUnitDirectory units, AccessControl access) {
        this.disclosures = disclosures;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-disclosures");
        setSizeFull();

        Button add = new Button(getTranslation("grassroots.ui.disclosure.new"), VaadinIcon.PLUS.create(),
                e -> edit(null));
        add.setId("gr-disclosure-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_DISCLOSURES));

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-disclosure-list");
        grid.addColumn(d -> LocalizedDates.format(d.decidedOn()))
                .setHeader(getTranslation("grassroots.ui.field.decidedOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.group() + ". " + getTranslation("grassroots.group." + d.group()))
                .setHeader(getTranslation("grassroots.ui.field.group")).setFlexGrow(2);
        grid.addColumn(Disclosure::title).setHeader(getTranslation("grassroots.ui.field.title")).setFlexGrow(2);
        grid.addColumn(Disclosure::unitName).setHeader(getTranslation("grassroots.ui.column.unit")).setFlexGrow(1);
        grid.addColumn(this::forms).setHeader(getTranslation("grassroots.ui.column.forms")).setFlexGrow(2);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("grassroots.ui.column.flags")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grassroots.ui.disclosure.empty"));
        grid.setItems(query -> disclosures.list(user, query.getOffset(),
                Math.min(query.getLimit(), DisclosureService.MAX_PAGE_SIZE)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, disclosures.count(user)));
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private String forms(Disclosure d) {
        return d.postings().stream().map(this::posting).collect(Collectors.joining("; "));
    }

    private String posting(Posting p) {
        String form = getTranslation(p.form().labelKey());
        return p.days() == null ? getTranslation("grassroots.ui.posting.open", form, LocalizedDates.format(p.startOn()))
                : getTranslation("grassroots.ui.posting.days", form, LocalizedDates.format(p.startOn()), p.days());
    }

    private Component flags(Disclosure d) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setId("gr-disclosure-flags-" + d.id());
        badges.setSpacing(false);
        badges.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (d.flags().isEmpty()) {
            Span ok = new Span(getTranslation("grassroots.ui.flags.none"));
            ok.getElement().getThemeList().add("badge success");
            badges.add(ok);
        }
        for (DisclosureFlag flag : DisclosureFlag.values()) {
            if (d.flags().contains(flag)) {
                Span badge = new Span(getTranslation(flag.labelKey()));
                badge.getElement().getThemeList().add("badge error");
                badges.add(badge);
            }
        }
        return badges;
    }

    private Component actions(Disclosure d) {
        HorizontalLayout row = new HorizontalLayout();
        if (user == null || !access.isPermitted(user, GrassrootsPermissions.MANAGE_DISCLOSURES, d.unitId())) {
            return row;
        }
        Button change = new Button(VaadinIcon.EDIT.create(), e -> edit(d));
        change.setId("gr-disclosure-edit-" + d.id());
        change.setAriaLabel(getTranslation("grassroots.ui.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(d));
        delete.setId("gr-disclosure-delete-" + d.id());
        delete.setAriaLabel(getTranslation("grassroots.ui.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(change, delete);
        return row;
    }

    private void edit(Disclosure existing) {
        new DisclosureDialog(existing, disclosures.contentGroups(), units, access, user,
                draft -> existing == null ? disclosures.create(draft, user)
                        : disclosures.update(existing.id(), existing.version(), draft, user),
                this::changed, this::refused).open();
    }

    private void delete(Disclosure d) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("grassroots.ui.delete"),
                getTranslation("grassroots.ui.delete.text", d.title()), getTranslation("grassroots.ui.delete"),
                e -> {
                    try {
                        disclosures.delete(d.id(), d.version(), user);
                        changed(getTranslation("grassroots.ui.deleted"));
                    } catch (RuntimeException refusal) {
                        if (!Refusals.isUserCaused(refusal)) {
                            throw refusal;
                        }
                        refused(refusal);
                    }
                }, getTranslation("grassroots.ui.cancel"), e -> { });
        confirm.setId("gr-disclosure-delete-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void changed(String message) {
        grid.getDataProvider().refreshAll();
        Refusals.success(message);
    }

    private void refused(RuntimeException e) {
        grid.getDataProvider().refreshAll();
        Refusals.show(e, this::getTranslation);
    }
}
