package org.danvan.platform.persistence.internal;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a read fail after one wait for a connection when the database is out of reach. The pool (HikariCP) already
 * waits its {@code connectionTimeout} and replaces broken connections by itself; EclipseLink's own retry of a read
 * that met a communication failure (3 more tries, 5 s apart, each waiting for the pool again) made every read take
 * some 30 s during an outage, so a user waited minutes for the "database unavailable" message. EclipseLink 4 has no
 * unit property for it: set on the login. Instantiated by EclipseLink by class name
 * ({@code eclipselink.session.customizer}), hence public with a public no-argument constructor.
 */
public final class OutageFailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
