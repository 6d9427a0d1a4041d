package org.danvan.platform.api.mail;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Hands one plain-text message to the installation's mail server. The call blocks until the server accepted the
 * message or refused it (bounded by the implementation's timeouts); it does not retry: the caller keeps the message
 * and decides when to try again. Present as a service only while e-mail is configured and switched on.
 */
@ProviderType
public interface MailService {

    /**
     * Sends a message.
     *
     * @param to the recipient, one address
     * @param subject the subject line (UTF-8)
     * @param body the plain-text body (UTF-8)
     * @throws MailException when the address is refused or the server cannot be reached or refuses the message
     */
    void send(String to, String subject, String body) throws MailException;
}
