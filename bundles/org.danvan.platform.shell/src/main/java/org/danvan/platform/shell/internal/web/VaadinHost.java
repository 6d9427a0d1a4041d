package org.danvan.platform.shell.internal.web;

import java.util.Dictionary;
import java.util.Hashtable;

import org.danvan.platform.api.module.ModuleEnablement;
import org.danvan.platform.api.security.AuthenticationService;
import org.danvan.platform.shell.internal.ContributionRegistry;
import org.danvan.platform.shell.internal.NotificationCenter;
import org.danvan.platform.shell.internal.ShellTranslator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Servlet;

/**
 * Registers the DanVan Vaadin servlet on the OSGi Servlet Whiteboard (Pax Web) at {@code /*} and keeps it alive
 * while the shell's dependencies are present.
 */
@Component(immediate = true)
public class VaadinHost {

    private final Logger logger = LoggerFactory.getLogger(VaadinHost.class);
    private final ServiceRegistration<Servlet> registration;

    @Activate
    public VaadinHost(BundleContext context, @Reference ContributionRegistry registry,
            @Reference ShellTranslator translator, @Reference AuthenticationService authentication,
            @Reference ModuleEnablement enablement, @Reference NotificationCenter notifications) {
        ShellServices services = new ShellServices(registry, translator, authentication, enablement,
                context.getBundle().adapt(org.osgi.framework.wiring.BundleWiring.class).getClassLoader(),
                notifications);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.name", "danvan");
        properties.put("osgi.http.whiteboard.servlet.pattern", "/*");
        properties.put("osgi.http.whiteboard.servlet.asyncSupported", Boolean.TRUE);
        properties.put("servlet.init.productionMode", "true");
        // Vaadin closes a session when only heartbeats arrive for the container's session timeout
        properties.put("servlet.init.closeIdleSessions", "true");
        registration = context.registerService(Servlet.class, new DanvanServlet(services), properties);
        logger.info("DanVan web shell registered at /");
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
