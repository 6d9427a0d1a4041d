package org.danvan.platform.shell.internal.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.danvan.platform.shell.internal.ContributedView;
import org.danvan.platform.ui.spi.ViewContribution;
import org.danvan.platform.shell.internal.ContributionRegistry;
import org.danvan.platform.shell.internal.view.AccessDeniedView;
import org.danvan.platform.shell.internal.view.DanvanAppShell;
import org.danvan.platform.shell.internal.view.HomeView;
import org.danvan.platform.shell.internal.view.LoginView;
import org.danvan.platform.shell.internal.view.MainLayout;
import org.danvan.platform.shell.internal.view.NotFoundView;
import org.danvan.platform.shell.internal.view.ServerErrorView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.di.ResourceProvider;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.AppShellRegistry;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Vaadin servlet, doing by hand what servlet container initializers do on a class path: it creates the
 * {@link Lookup} (resources come from the shell bundle, which holds the frontend build), registers the app shell,
 * error views and routes, and keeps the routes in step with the {@link ViewContribution}s that come and go.
 */
public class DanvanServlet extends VaadinServlet implements ContributionRegistry.Listener {

    private static final long serialVersionUID = 1L;
    private final transient Logger logger = LoggerFactory.getLogger(DanvanServlet.class);
    private final transient ShellServices services;
    private transient ApplicationRouteRegistry routes;

    public DanvanServlet(ShellServices services) {
        this.services = services;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(services.classLoader());
        try {
            VaadinServletContext context = new VaadinServletContext(config.getServletContext());
            if (context.getAttribute(Lookup.class) == null) {
                var lookupServices = new HashMap<Class<?>, java.util.Collection<Class<?>>>();
                lookupServices.put(ResourceProvider.class, Set.of(ShellResourceProvider.class));
                new LookupInitializer().initialize(context, lookupServices,
                        lookup -> context.setAttribute(Lookup.class, lookup));
            }
            AppShellRegistry.getInstance(context).setShell(DanvanAppShell.class);
            routes = ApplicationRouteRegistry.getInstance(context);
            routes.setErrorNavigationTargets(
                    Set.of(NotFoundView.class, AccessDeniedView.class, ServerErrorView.class));
            RouteConfiguration configuration = RouteConfiguration.forRegistry(routes);
            routes.update(() -> {
                configuration.setRoute(LoginView.ROUTE, LoginView.class);
                configuration.setRoute(HomeView.ROUTE, HomeView.class, List.of(MainLayout.class));
            });
            super.init(config);
            services.registry().addListener(this);
            services.registry().views().forEach(this::viewAdded);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The address that ends the session (see {@link #logout}). */
    public static final String LOGOUT_PATH = "/logout";

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new DanvanServletService(this, configuration, services);
        service.init();
        return service;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (LOGOUT_PATH.equals(request.getPathInfo())) {
            logout(request, response);
            return;
        }
        // Vaadin loads resources and service implementations through the context class loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(services.classLoader());
        try {
            super.service(request, response);
        } catch (ServletException e) {
            if (!staleSessionId(e, request, response)) {
                throw e;
            }
            // the browser came back with a session id Jetty still caches after it was renamed at sign-in or ended
            // (Pax Web 11.1.0, ops4j/org.ops4j.pax.web#2109: "Create session failed"): forget that id and load the
            // same page again, which starts a fresh session - the login form, never an error page
            logger.info("Stale session id on {}: the browser is sent back without it", request.getRequestURI());
            response.addCookie(expiredSessionCookie(request));
            response.setHeader("Cache-Control", "no-store");
            String query = request.getQueryString();
            // the page's own path, one leading slash: "//host/..." would send the browser to another site
            response.sendRedirect(request.getRequestURI().replaceFirst("^/+", "/") + "?"
                    + (query == null ? "" : query + "&") + STALE_SESSION_MARK + "=1");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Marks the one retry after a stale session id, so that a browser keeping the id never loops. */
    static final String STALE_SESSION_MARK = "dv-new-session";

    /**
     * Whether the failure is Jetty refusing to create a session under the id the browser sent, on a page load that
     * can simply be repeated without it (a GET, not yet answered, not itself the retry).
     */
    static boolean staleSessionId(Throwable failure, HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod()) || response.isCommitted() || request.getRequestedSessionId() == null
                || (request.getQueryString() != null && request.getQueryString().contains(STALE_SESSION_MARK))) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && "Create session failed".equals(cause.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** The session cookie, expired: the browser drops the id it holds. */
    private static jakarta.servlet.http.Cookie expiredSessionCookie(HttpServletRequest request) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        jakarta.servlet.http.Cookie expired = new jakarta.servlet.http.Cookie(name == null ? "JSESSIONID" : name, "");
        expired.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        expired.setMaxAge(0);
        expired.setHttpOnly(true);
        return expired;
    }

    /**
     * Ends the session outside Vaadin's request handling, as a plain page load: the browser has dropped the push
     * connection by then, and the session cookie is expired so the next request starts a session with a fresh id.
     * (Pax Web 11.1.0 keeps an invalidated session in Jetty's cache, ops4j/org.ops4j.pax.web#2109; a request still
     * carrying the old id then fails with "Create session failed".)
     */
    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                // a fresh id first: a push request still in flight with the old id then finds no session under it
                // and gets a brand-new one, instead of colliding with the invalidated one Jetty keeps cached
                request.changeSessionId();
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                logger.debug("Session already invalidated at logout");
            }
        }
        response.addCookie(expiredSessionCookie(request));
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE);
    }

    @Override
    public void destroy() {
        services.registry().removeListener(this);
        DanvanServletService service = (DanvanServletService) getService();
        if (service != null) {
            service.openUis().shutdown();
        }
        super.destroy();
    }

    @Override
    public void viewAdded(ContributedView view) {
        if (routes == null) {
            return;
        }
        // a public page stands alone: the staff layout would show the menu and ask who is signed in
        routes.update(() -> RouteConfiguration.forRegistry(routes).setRoute(view.route(), view.viewClass(),
                view.isPublic() ? List.of() : List.of(MainLayout.class)));
        logger.info("Route /{} added ({})", view.route(), view.viewClass().getName());
        ((DanvanServletService) getService()).openUis().followSoon();
    }

    @Override
    public void viewRemoved(ContributedView view) {
        if (routes == null) {
            return;
        }
        RouteConfiguration.forRegistry(routes).removeRoute(view.viewClass());
        DanvanServletService service = (DanvanServletService) getService();
        service.openUis().leave(view.viewClass());
        service.openUis().followSoon();
        logger.info("Route /{} removed", view.route());
    }

    @Override
    public void contributionsChanged() {
        DanvanServletService service = (DanvanServletService) getService();
        if (service != null) {
            service.openUis().followSoon();
        }
    }
}
