package org.danvan.identity.internal.console;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.danvan.platform.api.security.AuthenticationService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Karaf shell's JAAS realm ({@code karaf}, used by ssh and {@code bin/client}), backed by the identity store, so
 * the console accepts the same accounts as the web application: one set of accounts, one lockout, one audit. It
 * outranks Karaf's own properties realm (rank -1 in Karaf 4.4).
 */
@Component(service = JaasRealm.class, immediate = true)
public class ConsoleRealm implements JaasRealm {

    static final String NAME = "karaf";
    static final int RANK = 10;

    private final AppConfigurationEntry[] entries;

    @Activate
    public ConsoleRealm(BundleContext context, @Reference AuthenticationService authentication) {
        // Karaf's proxy loads the module from this bundle; the service travels in the options (no static state)
        entries = new AppConfigurationEntry[] { new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                LoginModuleControlFlag.REQUIRED,
                Map.of(ProxyLoginModule.PROPERTY_MODULE, ConsoleLoginModule.class.getName(),
                        ProxyLoginModule.PROPERTY_BUNDLE, String.valueOf(context.getBundle().getBundleId()),
                        ConsoleLoginModule.AUTHENTICATION_OPTION, authentication)) };
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
