package org.danvan.platform.shell.internal.web;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.danvan.platform.shell.internal.view.HomeView;
import org.danvan.platform.shell.internal.view.MainLayout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The UIs open in browsers, so that a departing module's views can be closed at once, before anyone clicks in them
 * (menu changes reach open pages through their polling: see {@link MainLayout}).
 */
public final class OpenUis {

    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void add(UI ui) {
        uis.add(ui);
        ui.addDetachListener(event -> uis.remove(ui));
    }

    private Set<UI> snapshot() {
        synchronized (uis) {
            return Set.copyOf(uis);
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
}
