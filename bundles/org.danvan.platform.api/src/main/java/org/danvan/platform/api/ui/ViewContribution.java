package org.danvan.platform.api.ui;

import org.osgi.annotation.versioning.ConsumerType;

import com.vaadin.flow.component.Component;

/**
 * A screen contributed to the shell. Register an implementation as an OSGi service (whiteboard); the shell adds the
 * route while the service is present and removes it, moving open browser tabs to the home page, when it leaves.
 * <p>
 * The view is created by {@link #createView()} rather than reflectively, so a contributing component can hand its
 * own services to the view's constructor.
 */
@ConsumerType
public interface ViewContribution {

    /** Route path without a leading slash, e.g. {@code bang-tin}. Must be unique across all bundles. */
    String route();

    /** The concrete view class {@link #createView()} returns. */
    Class<? extends Component> viewClass();

    /** Permission id the user must hold to open the view, or {@code null} for every signed-in user. */
    String requiredPermission();

    /** Translation key of the page title shown in the browser tab and the header. */
    String titleKey();

    /**
     * Whether anybody may open the view without signing in — a page for citizens, such as the status look-up of a
     * petition. A public view is shown on its own, outside the staff layout (no menu, no user), must not show
     * anything but public information, and ignores {@link #requiredPermission()}. Default: false.
     */
    default boolean isPublic() {
        return false;
    }

    /** Creates a fresh view instance for one navigation; called on the UI thread with the session locked. */
    Component createView();
}
