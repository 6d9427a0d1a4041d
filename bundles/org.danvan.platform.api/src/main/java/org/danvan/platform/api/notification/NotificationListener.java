package org.danvan.platform.api.notification;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told, after the transaction that raised them has committed, that notifications were added — so that open pages
 * refresh their bell and deliveries go out. Registered as an OSGi service (whiteboard); called on the thread of the
 * change, so an implementation returns quickly and never throws.
 */
@ConsumerType
public interface NotificationListener {

    /**
     * Notifications were added.
     *
     * @param source the provider's source
     * @param userIds users they are addressed to
     * @param unitIds units whose heads they are addressed to (the provider decides who a unit's heads are)
     */
    void notificationsAdded(String source, Set<Long> userIds, Set<Long> unitIds);
}
