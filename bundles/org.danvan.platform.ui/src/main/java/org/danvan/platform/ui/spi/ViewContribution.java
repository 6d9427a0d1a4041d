package org.danvan.platform.ui.spi;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/**
 * A screen contributed to the shell. Register an implementation as an OSGi service (whiteboard) and describe it with
 * {@link DanvanView} (route, title, permission, menu entry). The shell adds the route while the service is present,
 * shows the menu entry to users who hold the permission where the view's module is enabled, and removes both —
 * moving open browser tabs away — when the service leaves.
 * <p>
 * The view is created by {@link #createView()} rather than reflectively, so the contributing component hands its
 * own services to the view's constructor.
 */
@ConsumerType
public interface ViewContribution {

    /** The concrete class {@link #createView()} returns (Vaadin registers routes by class). */
    Class<? extends Component> viewClass();

    /** Creates a fresh view instance for one navigation; called on the UI thread with the session locked. */
    Component createView();
}
