package org.danvan.platform.persistence.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EclipseLink's log, sent to SLF4J (the Karaf log) under {@code org.eclipse.persistence.<category>} (e.g.
 * {@code org.eclipse.persistence.sql} at DEBUG for SQL); EclipseLink's CONFIG and FINE go to DEBUG, FINER and FINEST
 * to TRACE. Levels are decided by the SLF4J configuration, not by
 * {@code eclipselink.logging.level}. Instantiated by EclipseLink by class name ({@code eclipselink.logging.logger}),
 * hence public with a public no-argument constructor.
 */
public final class Slf4jSessionLog extends AbstractSessionLog {

    private static final String ROOT = "org.eclipse.persistence";

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

    public Slf4jSessionLog() {
        // let every entry reach shouldLog(int, String), which asks SLF4J
        setLevel(SessionLog.ALL);
        // bound values are citizens' data; a unit may still ask for them with eclipselink.logging.parameters=true
        setShouldDisplayData(Boolean.FALSE);
    }

    @Override
    public boolean shouldLog(int level) {
        return shouldLog(level, null);
    }

    @Override
    public boolean shouldLog(int level, String category) {
        Logger logger = logger(category);
        switch (level) {
            case SessionLog.OFF:
                return false;
            case SessionLog.SEVERE:
                return logger.isErrorEnabled();
            case SessionLog.WARNING:
                return logger.isWarnEnabled();
            case SessionLog.INFO:
                return logger.isInfoEnabled();
            case SessionLog.CONFIG:
            case SessionLog.FINE:
                return logger.isDebugEnabled();
            default:
                return logger.isTraceEnabled();
        }
    }

    @Override
    public void log(SessionLogEntry entry) {
        int level = entry.getLevel();
        if (!shouldLog(level, entry.getNameSpace())) {
            return;
        }
        Logger logger = logger(entry.getNameSpace());
        String message = entry.hasMessage() ? formatMessage(entry) : "";
        if (entry.getSession() != null && entry.getSession().getName() != null) {
            message = "[" + entry.getSession().getName() + "] " + message;
        }
        Throwable exception = entry.getException();
        switch (level) {
            case SessionLog.SEVERE:
                logger.error(message, exception);
                break;
            case SessionLog.WARNING:
                logger.warn(message, exception);
                break;
            case SessionLog.INFO:
                logger.info(message, exception);
                break;
            case SessionLog.CONFIG:
            case SessionLog.FINE:
                logger.debug(message, exception);
                break;
            default:
                logger.trace(message, exception);
                break;
        }
    }

    private Logger logger(String category) {
        String name = category == null || category.isEmpty() ? ROOT : ROOT + "." + category;
        return loggers.computeIfAbsent(name, LoggerFactory::getLogger);
    }
}
