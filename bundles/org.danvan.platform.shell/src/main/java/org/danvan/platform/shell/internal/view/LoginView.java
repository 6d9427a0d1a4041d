package org.danvan.platform.shell.internal.view;

import org.danvan.platform.api.security.AuthenticationResult;
import org.danvan.platform.shell.internal.web.CurrentUser;
import org.danvan.platform.shell.internal.web.ShellServices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.HttpServletRequest;

/** Staff sign-in. Public; everything else in the application requires it. */
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "login";
    /** Session attribute: where to go after signing in. */
    public static final String RETURN_TO = "danvan.returnTo";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassName("dv-login");

        H1 title = new H1(getTranslation("shell.brand"));
        title.addClassName("dv-login-title");
        Paragraph subtitle = new Paragraph(getTranslation("shell.tagline"));
        subtitle.addClassName("dv-login-subtitle");

        form.setId("login-form");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::login);

        Div language = new Div(new LanguageSelect());
        add(title, subtitle, form, language);
    }

    private LoginI18n i18n(String errorKey, Object... errorArgs) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(errorKey == null ? getTranslation("login.error.invalid") : getTranslation(errorKey, errorArgs));
        return i18n;
    }

    private void login(LoginEvent event) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        String address = request == null ? null : request.getRemoteAddr();
        AuthenticationResult result = ShellServices.current().authentication().authenticate(event.getUsername(),
                event.getPassword().toCharArray(), address);
        if (!result.succeeded()) {
            form.setI18n(i18n(result.failureKey(), result.failureArgs().toArray()));
            form.setError(true);
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        Object returnTo = session.getAttribute(RETURN_TO);
        renewSessionId(request);
        CurrentUser.set(result.principal());
        session.setAttribute(RETURN_TO, null);
        String target = returnTo instanceof String path && !path.isBlank() && !path.startsWith(ROUTE) ? path : "";
        UI.getCurrent().navigate(target);
    }

    /**
     * A new HTTP session id at sign-in, against session fixation, through the container's
     * {@code changeSessionId()}. Vaadin's {@code reinitializeSession} (invalidate, then create) kept the id: Jetty
     * hands a new session the id the request asked for while a session under it is still cached, and Pax Web keeps
     * invalidated sessions cached (ops4j/org.ops4j.pax.web#2109), so the id known before sign-in stayed valid after.
     */
    static void renewSessionId(VaadinRequest request) {
        if (!(request instanceof HttpServletRequest http)) {
            throw new IllegalStateException("Sign-in outside a servlet request: " + request);
        }
        http.changeSessionId();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get() != null) {
            event.forwardTo(HomeView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · DanVan";
    }
}
