package org.danvan.platform.shell.internal.web;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.danvan.platform.shell.internal.view.HomeView;
import org.danvan.platform.shell.internal.view.MainLayout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The UIs open in browsers, so that what changes on the server reaches them by push: a departing module's views are
 * closed at once, before anyone clicks in them; menus and permissions follow shortly after the last of a burst of
 * changes (a module registers several services, and the identity core must have seen its permissions first).
 */
public final class OpenUis {

    /** Quiet time after the last contribution change before open pages follow it. */
    static final long SETTLE_MILLIS = 300;

    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "danvan-ui-follow");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    void add(UI ui) {
        uis.add(ui);
        ui.addDetachListener(event -> uis.remove(ui));
    }

    private Set<UI> snapshot() {
        synchronized (uis) {
            return Set.copyOf(uis);
        }
    }

    /** Lets every open page follow the contributions once they have settled. */
    synchronized void followSoon() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::follow, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void follow() {
        for (UI ui : snapshot()) {
            ui.access(() -> ui.getInternals().getActiveRouterTargetsChain().stream()
                    .filter(MainLayout.class::isInstance).map(MainLayout.class::cast).findFirst()
                    .ifPresent(MainLayout::followContributions));
        }
    }

    /** Moves every UI showing a view of {@code viewClass} to the home page, with a notice. */
    void leave(Class<?> viewClass) {
        for (UI ui : snapshot()) {
            ui.access(() -> {
                boolean showing = ui.getInternals().getActiveRouterTargetsChain().stream()
                        .anyMatch(viewClass::isInstance);
                if (showing) {
                    ui.navigate(HomeView.class);
                    Notification notice = Notification.show(ui.getTranslation("shell.module.left"), 6000,
                            Notification.Position.TOP_CENTER);
                    notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                }
            });
        }
    }

    void shutdown() {
        scheduler.shutdownNow();
    }
}
