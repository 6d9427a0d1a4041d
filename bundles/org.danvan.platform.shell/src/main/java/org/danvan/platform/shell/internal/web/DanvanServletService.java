package org.danvan.platform.shell.internal.web;

import org.danvan.platform.shell.internal.ShellTranslator;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

/**
 * The Vaadin service of the shell: creates contributed views through their contribution (so they get their
 * bundle's services), translates through all contributions, guards every navigation and tracks open UIs.
 */
public class DanvanServletService extends VaadinServletService {

    private static final long serialVersionUID = 1L;
    private final transient ShellServices services;
    private final transient OpenUis openUis = new OpenUis();

    DanvanServletService(VaadinServlet servlet, DeploymentConfiguration configuration, ShellServices services) {
        super(servlet, configuration);
        this.services = services;
    }

    public ShellServices services() {
        return services;
    }

    public OpenUis openUis() {
        return openUis;
    }

    /**
     * Static files of Vaadin's own jars ({@code META-INF/resources/VAADIN/static/...}, e.g. the push client), which a
     * servlet container would serve from WEB-INF/lib: here they sit in the Vaadin runtime bundle.
     */
    @Override
    public java.net.URL getStaticResource(String path) {
        java.net.URL url = super.getStaticResource(path);
        if (url == null && path != null && path.startsWith("/VAADIN/static/") && !path.contains("..")) {
            url = com.vaadin.flow.server.VaadinServlet.class.getClassLoader().getResource("META-INF/resources" + path);
        }
        return url;
    }

    @Override
    public ClassLoader getClassLoader() {
        return services.classLoader();
    }

    @Override
    public void init() throws ServiceException {
        setClassLoader(services.classLoader());
        addSessionInitListener(event -> {
            event.getSession().setLocale(preferredLocale(event.getRequest()));
            event.getSession().setErrorHandler(new ShellErrorHandler());
        });
        addUIInitListener(event -> {
            openUis.add(event.getUI());
            event.getUI().addBeforeEnterListener(new AccessGuard(services));
        });
        super.init();
    }

    /** Vietnamese unless the language cookie says otherwise: staff share machines with browsers in any language. */
    private static java.util.Locale preferredLocale(com.vaadin.flow.server.VaadinRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request == null ? null
                : ((com.vaadin.flow.server.VaadinServletRequest) request).getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (LanguageCookie.NAME.equals(cookie.getName())) {
                    return ShellTranslator.supported(java.util.Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        return ShellTranslator.VIETNAMESE;
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        return new DefaultInstantiator(this) {
            private static final long serialVersionUID = 1L;

            @Override
            public <T extends com.vaadin.flow.component.HasElement> T createRouteTarget(Class<T> type,
                    com.vaadin.flow.router.NavigationEvent event) {
                return services.registry().viewForClass(type).map(v -> type.cast(v.createView()))
                        .orElseGet(() -> super.createRouteTarget(type, event));
            }

            @Override
            public I18NProvider getI18NProvider() {
                return services.translator();
            }
        };
    }
}
