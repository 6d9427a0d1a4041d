package org.danvan.platform.shell.internal.view;

import org.danvan.platform.api.module.ModuleDescriptor;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.shell.internal.web.CurrentUser;
import org.danvan.platform.shell.internal.web.ShellServices;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The start page after signing in: a greeting and the modules installed in this locality. */
public class HomeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "";

    public HomeView() {
        UserPrincipal user = CurrentUser.get();
        H2 greeting = new H2(getTranslation("home.greeting", user == null ? "" : user.fullName()));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.intro")));

        add(new H3(getTranslation("home.modules")));
        UnorderedList modules = new UnorderedList();
        modules.setId("home-modules");
        for (ModuleDescriptor module : ShellServices.current().registry().modules()) {
            ListItem item = new ListItem(getTranslation(module.nameKey()) + " " + module.version() + " — "
                    + getTranslation(module.descriptionKey()) + " (" + module.vendor() + ")");
            modules.add(item);
        }
        if (modules.getChildren().findAny().isEmpty()) {
            modules.add(new ListItem(getTranslation("home.modules.none")));
        }
        add(modules);
    }
}
