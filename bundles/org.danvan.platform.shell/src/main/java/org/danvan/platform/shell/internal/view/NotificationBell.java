package org.danvan.platform.shell.internal.view;

import java.util.List;

import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.shell.internal.NotificationCenter;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.QueryParameters;

/**
 * The bell of the header: the number of unread notifications, and on a click the newest of them (unread ones
 * marked), each opening its subject. While the page is open it follows new notifications by server push. Element
 * ids: {@code notification-bell} (its {@code data-unread} attribute holds the exact count), {@code notification-count},
 * {@code notification-list}, items {@code notification-<source>-<id>}.
 */
final class NotificationBell extends Composite<Div> implements NotificationCenter.Follower {

    private static final long serialVersionUID = 1L;
    /** Notifications listed at most. */
    static final int SHOWN = 20;

    private final transient NotificationCenter center;
    private final transient UserPrincipal user;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private transient Runnable unfollow;

    NotificationBell(NotificationCenter center, UserPrincipal user) {
        this.center = center;
        this.user = user;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("shell.notifications"));
        bell.setTooltipText(getTranslation("shell.notifications"));
        count.setId("notification-count");
        count.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        count.addClassName("dv-bell-count");
        Div root = getContent();
        root.addClassName("dv-bell");
        root.add(bell, count);

        list.setId("notification-list");
        list.addClassName("dv-notification-list");
        H3 heading = new H3(getTranslation("shell.notifications"));
        heading.addClassName("dv-notification-heading");
        Button allRead = new Button(getTranslation("shell.notifications.all-read"), e -> markAllRead());
        allRead.setId("notification-all-read");
        allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout top = new HorizontalLayout(heading, allRead);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWidthFull();
        top.expand(heading);
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("shell.notifications"));
        popover.add(top, list);
        center.email().ifPresent(mail -> popover.add(new MailChoiceForm(mail, user)));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
        root.add(popover);
        refresh();
    }

    @Override
    public long userId() {
        return user.userId();
    }

    @Override
    public void notificationsChanged() {
        getUI().ifPresent(ui -> ui.access(this::refresh));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        unfollow = center.follow(this);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unfollow != null) {
            unfollow.run();
            unfollow = null;
        }
        super.onDetach(event);
    }

    /** Re-counts, and re-lists when the list is open; call with the session locked. */
    private void refresh() {
        long unread = center.unreadCount(user);
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        // hidden by style, not setVisible: the badge stays in the page, and the bell tells the exact number
        count.getStyle().set("display", unread > 0 ? null : "none");
        bell.getElement().setAttribute("data-unread", Long.toString(unread));
        bell.setAriaLabel(getTranslation("shell.notifications.unread", unread));
        if (popover.isOpened()) {
            list.removeAll();
            List<UserNotification> latest = center.latest(user, SHOWN);
            if (latest.isEmpty()) {
                Span none = new Span(getTranslation("shell.notifications.none"));
                none.addClassName("dv-notification-none");
                list.add(none);
            }
            latest.forEach(n -> list.add(item(n)));
        }
    }

    private Div item(UserNotification notification) {
        Span message = new Span(getTranslation(notification.messageKey(), notification.subject()));
        message.addClassName("dv-notification-message");
        Span when = new Span(LocalizedDates.format(notification.createdAt()));
        when.addClassName("dv-notification-time");
        Div item = new Div(message, when);
        item.setId("notification-" + notification.source() + "-" + notification.id());
        item.addClassName("dv-notification");
        item.addClassName(notification.read() ? "dv-notification-read" : "dv-notification-unread");
        item.getElement().setAttribute("role", "button");
        item.getElement().setAttribute("tabindex", "0");
        item.addClickListener(e -> open(notification));
        item.getElement().addEventListener("keydown", e -> open(notification)).setFilter("event.key === 'Enter'");
        return item;
    }

    private void open(UserNotification notification) {
        if (!notification.read()) {
            center.markRead(user, notification);
        }
        popover.close();
        refresh();
        String location = notification.location();
        if (location != null && !location.isBlank()) {
            int query = location.indexOf('?');
            UI.getCurrent().navigate(query < 0 ? location : location.substring(0, query),
                    query < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    private void markAllRead() {
        center.latest(user, SHOWN).stream().filter(n -> !n.read()).forEach(n -> center.markRead(user, n));
        refresh();
    }
}
