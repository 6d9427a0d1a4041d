package org.danvan.platform.shell.internal.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.shell.internal.ContributedView;
import org.danvan.platform.shell.internal.ContributionRegistry;
import org.danvan.platform.shell.internal.web.CurrentUser;
import org.danvan.platform.shell.internal.web.DanvanServlet;
import org.danvan.platform.shell.internal.web.ShellServices;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;

/**
 * The application frame: header with the notification bell, the user's name and unit, language switch and logout; a side navigation built
 * from the menu contributions the user may see. Modules installed or removed while the page is open reach it by
 * server push ({@link #followContributions()}).
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;
    private final transient ContributionRegistry registry = ShellServices.current().registry();
    private final VerticalLayout navigation = new VerticalLayout();
    private final H1 title = new H1();
    private long seenGeneration;

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        title.addClassName("dv-view-title");

        UserPrincipal user = CurrentUser.get();
        Span who = new Span(user == null ? "" : user.fullName());
        who.setId("current-user");
        who.addClassName("dv-user-name");
        Span unit = new Span(user == null || user.orgUnitName() == null ? "" : user.orgUnitName());
        unit.setId("current-unit");
        unit.addClassName("dv-user-unit");
        VerticalLayout identity = new VerticalLayout(who, unit);
        identity.setPadding(false);
        identity.setSpacing(false);
        identity.setWidth(null);
        identity.addClassName("dv-identity");

        Button logout = new Button(new Icon(VaadinIcon.SIGN_OUT), event -> logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setAriaLabel(getTranslation("shell.logout"));
        logout.setTooltipText(getTranslation("shell.logout"));

        HorizontalLayout header = new HorizontalLayout(toggle, title);
        if (user != null) {
            header.add(new NotificationBell(ShellServices.current().notifications(), user));
        }
        header.add(identity, new LanguageSelect(), logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("dv-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("shell.brand"));
        brand.addClassName("dv-brand");
        navigation.setPadding(false);
        navigation.setId("side-menu");
        addToDrawer(brand, navigation);
        refreshMenu();
    }

    /**
     * Modules came or went: the user's permissions and the menu follow, without a new login. Call with the session
     * locked.
     */
    public void followContributions() {
        if (registry.generation() == seenGeneration) {
            return;
        }
        UserPrincipal user = CurrentUser.get();
        if (user != null) {
            java.util.Optional<UserPrincipal> current = ShellServices.current().authentication().refresh(user);
            if (current.isEmpty()) {
                logout();
                return;
            }
            CurrentUser.set(current.get());
        }
        refreshMenu();
    }

    /** Rebuilds the side navigation from the current contributions; call with the session locked. */
    private void refreshMenu() {
        seenGeneration = registry.generation();
        UserPrincipal user = CurrentUser.get();
        navigation.removeAll();
        SideNav home = new SideNav();
        home.addItem(item(HomeView.ROUTE, "shell.home", VaadinIcon.HOME.create(), "menu-home"));
        navigation.add(home);
        Map<String, SideNav> groups = new LinkedHashMap<>();
        ShellServices services = ShellServices.current();
        for (ContributedView entry : registry.menuEntries()) {
            if (!services.mayOpen(entry, user)) {
                continue;
            }
            SideNav group = groups.computeIfAbsent(entry.group(), key -> {
                SideNav nav = new SideNav(getTranslation(key));
                nav.setCollapsible(true);
                return nav;
            });
            group.addItem(item(entry.route(), entry.menuKey(), icon(entry.icon()), "menu-" + entry.route()));
        }
        groups.values().forEach(navigation::add);
    }

    private SideNavItem item(String route, String labelKey, com.vaadin.flow.component.Component icon, String id) {
        SideNavItem item = new SideNavItem(getTranslation(labelKey), "/" + route, icon);
        item.setId(id);
        return item;
    }

    private static com.vaadin.flow.component.Component icon(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon("vaadin", name);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<com.vaadin.flow.component.HasElement> chain = event.getActiveChain();
        com.vaadin.flow.component.HasElement target = chain.isEmpty() ? null : chain.get(0);
        String key = target == null ? null
                : registry.viewForClass(target.getClass()).map(ContributedView::titleKey)
                        .orElse(target instanceof HomeView ? "shell.home" : null);
        title.setText(key == null ? "" : getTranslation(key));
        getUI().ifPresent(ui -> ui.getPage().setTitle((key == null ? "" : getTranslation(key) + " · ") + "DanVan"));
    }

    private void logout() {
        getUI().ifPresent(ui -> {
            // close the push connection first: a long poll reconnecting into the invalidated session fails noisily
            ui.getPushConfiguration().setPushMode(com.vaadin.flow.shared.communication.PushMode.DISABLED);
            // the session ends in a plain page load, after the browser has left this page (DanvanServlet#logout)
            CurrentUser.set(null);
            ui.getPage().setLocation(DanvanServlet.LOGOUT_PATH);
        });
    }
}
