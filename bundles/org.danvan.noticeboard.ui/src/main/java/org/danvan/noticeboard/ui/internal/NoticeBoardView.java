package org.danvan.noticeboard.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.danvan.noticeboard.api.Notice;
import org.danvan.noticeboard.api.NoticeService;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * "Bảng tin": the notices published today that the user may read, newest first, loaded page by page. Who may publish
 * gets a button for a new notice; who may edit a notice (publishers at its unit) gets edit and delete on it. The
 * service decides both; refusals are shown with the platform's {@link Refusals}.
 */
public class NoticeBoardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient NoticeService notices;
    private final transient UserPrincipal user;
    private final boolean publisher;
    private final Grid<Notice> grid = new Grid<>();

    public NoticeBoardView(NoticeService notices) {
        this.notices = notices;
        this.user = SignedInUser.get().orElse(null);
        this.publisher = notices.mayPublish(user);
        setId("notice-board");
        setSizeFull();
        setPadding(true);
        setSpacing(true);

        if (publisher) {
            Button create = new Button(getTranslation("noticeboard.view.new"), VaadinIcon.PLUS.create(),
                    e -> openEditor(null));
            create.setId("notice-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout toolbar = new HorizontalLayout(create);
            toolbar.setWidthFull();
            toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
            add(toolbar);
        }

        grid.setId("notice-list");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::card).setHeader(getTranslation("noticeboard.view.list.header"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::fullText));
        grid.setDetailsVisibleOnClick(false);
        grid.setEmptyStateText(getTranslation("noticeboard.view.empty"));
        grid.setItems(this::fetch, query -> (int) Math.min(Integer.MAX_VALUE, notices.countPublished(user)));
        grid.setSizeFull();
        add(grid);
        setFlexGrow(1, grid);
    }

    /** One page for the grid; the service caps pages, so large requests are gathered in several. */
    private Stream<Notice> fetch(Query<Notice, Void> query) {
        int offset = query.getOffset();
        int remaining = query.getLimit();
        List<Notice> page = new ArrayList<>();
        while (remaining > 0) {
            List<Notice> chunk = notices.listPublished(user, offset, Math.min(remaining, NoticeService.MAX_PAGE_SIZE));
            page.addAll(chunk);
            if (chunk.size() < Math.min(remaining, NoticeService.MAX_PAGE_SIZE)) {
                break;
            }
            offset += chunk.size();
            remaining -= chunk.size();
        }
        return page.stream();
    }

    private Component card(Notice notice) {
        Span title = new Span(notice.title());
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("color", "var(--lumo-header-text-color)");
        Span byline = new Span(NoticeFormat.byline(notice, getLocale()));
        byline.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Paragraph excerpt = new Paragraph(NoticeFormat.excerpt(notice.body()));
        excerpt.getStyle().set("margin", "var(--lumo-space-xs) 0");

        Div card = new Div(title, new Div(byline), excerpt);
        card.addClassName("notice-card");
        card.getStyle().set("padding", "var(--lumo-space-s) 0").set("overflow-wrap", "anywhere");
        if (notice.expiresOn() != null) {
            Span expires = new Span(getTranslation("noticeboard.view.expires",
                    NoticeFormat.date(notice.expiresOn(), getLocale())));
            expires.getStyle().set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-tertiary-text-color)");
            card.add(new Div(expires));
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        if (NoticeFormat.isAbridged(notice.body())) {
            // toggling the details re-renders this card, so the label follows the details' state
            boolean open = grid.isDetailsVisible(notice);
            Button more = new Button(getTranslation(open ? "noticeboard.view.readLess" : "noticeboard.view.readMore"),
                    e -> grid.setDetailsVisible(notice, !grid.isDetailsVisible(notice)));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClassName("notice-read-more");
            actions.add(more);
        }
        if (notices.mayEdit(notice, user)) {
            Button edit = new Button(getTranslation("noticeboard.view.edit"), VaadinIcon.EDIT.create(),
                    e -> openEditor(notice));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.setId("notice-edit-" + notice.id());
            Button delete = new Button(getTranslation("noticeboard.view.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDelete(notice));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setId("notice-delete-" + notice.id());
            actions.add(edit, delete);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private Component fullText(Notice notice) {
        Paragraph text = new Paragraph(notice.body());
        // plain text with the author's line breaks
        text.getStyle().set("white-space", "pre-line").set("overflow-wrap", "anywhere").set("margin", "0")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-m)");
        return text;
    }

    private void openEditor(Notice existing) {
        NoticeEditor editor = new NoticeEditor(existing, LocalizedDates.today(),
                draft -> existing == null ? notices.create(draft, user)
                        : notices.update(existing.id(), existing.version(), draft, user),
                this::saved, this::refused);
        editor.open();
    }

    private void saved(Notice notice) {
        grid.getDataProvider().refreshAll();
        if (notice.publishFrom().isAfter(LocalizedDates.today())) {
            Refusals.success(getTranslation("noticeboard.view.scheduled",
                    NoticeFormat.date(notice.publishFrom(), getLocale())));
        } else {
            Refusals.success(getTranslation("noticeboard.view.saved"));
        }
    }

    /** A refusal that ends the edit (no permission, changed or deleted meanwhile): say why and show what is now. */
    private void refused(RuntimeException refusal) {
        grid.getDataProvider().refreshAll();
        Refusals.show(refusal, this::getTranslation);
    }

    private void confirmDelete(Notice notice) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("notice-delete-confirm");
        confirm.setHeader(getTranslation("noticeboard.view.delete.title"));
        confirm.setText(getTranslation("noticeboard.view.delete.text", notice.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("noticeboard.view.cancel"));
        confirm.setConfirmText(getTranslation("noticeboard.view.delete.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(notice));
        confirm.open();
    }

    private void delete(Notice notice) {
        try {
            notices.delete(notice.id(), notice.version(), user);
            grid.getDataProvider().refreshAll();
            Refusals.success(getTranslation("noticeboard.view.deleted"));
        } catch (RuntimeException e) {
            if (!Refusals.isUserCaused(e)) {
                throw e;
            }
            refused(e);
        }
    }
}
