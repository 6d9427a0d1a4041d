package org.danvan.platform.shell.internal.view;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.shell.internal.web.CurrentUser;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The start page after signing in: a greeting. The installed modules are listed on the modules screen. */
public class HomeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "";

    public HomeView() {
        UserPrincipal user = CurrentUser.get();
        H2 greeting = new H2(getTranslation("home.greeting", user == null ? "" : user.fullName()));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.intro")));
    }
}
