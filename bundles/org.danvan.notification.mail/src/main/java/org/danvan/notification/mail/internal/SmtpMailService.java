package org.danvan.notification.mail.internal;

import java.util.Hashtable;
import java.util.regex.Pattern;

import org.danvan.platform.api.mail.MailException;
import org.danvan.platform.api.mail.MailService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@link MailService} over the SMTP settings of the staff notifications ({@code
 * etc/org.danvan.notification.mail.cfg}), and only while they are usable (switched on, a host named): with e-mail
 * off there is no service, so callers keep their messages instead of burning their attempts on a server that is not
 * there. A configuration change re-activates the component, which registers or withdraws the service accordingly.
 */
@Component(service = {}, immediate = true, configurationPid = MailConfiguration.PID)
public class SmtpMailService implements MailService {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailService.class);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final MailSender sender;
    private final ServiceRegistration<MailService> registration;

    @Activate
    public SmtpMailService(MailConfiguration configuration, BundleContext context) {
        MailSettings settings = MailSettings.of(configuration);
        this.sender = new MailSender(settings);
        if (settings.usable() && context != null) {
            registration = context.registerService(MailService.class, this, new Hashtable<>());
            LOG.info("Mail service published (SMTP {}:{})", settings.host(), settings.port());
        } else {
            registration = null;
        }
    }

    /** Outside OSGi (tests): a sender on the given settings, never registered. */
    SmtpMailService(MailSettings settings) {
        this.sender = new MailSender(settings);
        this.registration = null;
    }

    @Override
    public void send(String to, String subject, String body) throws MailException {
        if (to == null || to.length() > 254 || !ADDRESS.matcher(to.strip()).matches()) {
            throw new MailException("malformed recipient address", true, null);
        }
        try {
            sender.send(to.strip(), subject, body);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new MailException("recipient address refused: " + e.getClass().getSimpleName(), true, e);
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            throw new MailException("mail server: " + e.getMessage(), false, e);
        }
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping: the framework withdrew it already
            }
        }
    }
}
