package org.danvan.platform.api.outage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, restarting, network cut), whatever layer
 * wrapped it: HikariCP's "connection is not available" (SQLTransientConnectionException), the driver's broken or
 * refused connection (SQLNonTransientConnectionException, SQLState class 08, ConnectException), EclipseLink's
 * DatabaseException around either. The user then reads that the database is unavailable and that nothing saved is
 * lost, rather than an "unexpected error" (a REST client gets 503), and the log gets one line, not a stack trace; the
 * pool reconnects by itself when the database is back.
 */
public final class DatabaseOutage {

    /** Shown to the user in the screens (vi, en, fr in the shell's translations). */
    public static final String MESSAGE_KEY = "platform.error.database-unavailable";

    private DatabaseOutage() {
    }

    /** Whether the database being out of reach caused this failure, at any depth of its causes. */
    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, for a one-line log entry without the stack. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        int depth = 0;
        while (root.getCause() != null && root.getCause() != root && depth++ < 50) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
