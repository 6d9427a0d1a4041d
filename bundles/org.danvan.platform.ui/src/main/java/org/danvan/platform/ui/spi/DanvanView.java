package org.danvan.platform.ui.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Everything the shell needs to know about a contributed screen, declared on the {@link ViewContribution} component
 * as service properties ({@code danvan.view.*}):
 *
 * <pre>{@code
 * @Component(service = ViewContribution.class)
 * @DanvanView(route = "bang-tin", title = "noticeboard.view.title", permission = "noticeboard.view",
 *         menu = "noticeboard.view.menu", icon = "vaadin:newspaper", group = MenuGroup.WORK, order = 50)
 * public class NoticeBoardViews implements ViewContribution { ... }
 * }</pre>
 *
 * Two views claiming one route: the one with the higher {@code service.ranking} wins (then the older service), and
 * the shell logs the clash; when the winner leaves, the other takes the route. Retained at runtime so that tests read
 * it the way the shell does.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DanvanView {

    /** Prefix of the service properties. */
    String PREFIX_ = "danvan.view.";

    /** Route path without a leading slash, e.g. {@code bang-tin}; letters, digits, {@code -} and {@code /}. */
    String route();

    /** Translation key of the page title (browser tab and header). */
    String title();

    /** Permission id the user must hold to open the view; empty for every signed-in user. */
    String permission() default "";

    /**
     * True for a page anybody may open without signing in (a citizens' page). It is shown outside the staff layout,
     * ignores {@link #permission()} and must show public information only.
     */
    boolean publicPage() default false;

    /** Translation key of the side-navigation entry; empty for a view reached from other screens only. */
    String menu() default "";

    /** Icon of the menu entry, {@code vaadin:<name>}; empty for none. */
    String icon() default "";

    /** Menu group: a {@link MenuGroup} id or the module's own translation key. */
    String group() default MenuGroup.WORK;

    /** Position within the group, smaller first; ties sort by label. */
    int order() default 100;
}
