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
 * The UIs open in browsers, so that menu changes and departing views reach them without a reload (the UIs poll;
 * see {@link MainLayout}).
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

    /** Rebuilds the side navigation of every open UI. */
    void refreshMenus() {
        for (UI ui : snapshot()) {
            ui.access(() -> ui.getInternals().getActiveRouterTargetsChain().stream()
                    .filter(MainLayout.class::isInstance).map(MainLayout.class::cast).findFirst()
                    .ifPresent(MainLayout::refreshMenu));
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
