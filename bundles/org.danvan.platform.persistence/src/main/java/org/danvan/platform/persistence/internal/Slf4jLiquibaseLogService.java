package org.danvan.platform.persistence.internal;

import java.util.logging.Level;

import org.slf4j.LoggerFactory;

import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;

/**
 * Sends Liquibase's log to SLF4J (the Karaf log), under logger names {@code liquibase.<ClassName>}, instead of
 * java.util.logging's console handler.
 */
final class Slf4jLiquibaseLogService extends AbstractLogService {

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public Logger getLog(Class clazz) {
        String name = clazz == null ? "liquibase" : clazz.getName();
        return new Slf4jLiquibaseLogger(LoggerFactory.getLogger(name.startsWith("liquibase") ? name : "liquibase." + name));
    }

    private static final class Slf4jLiquibaseLogger extends AbstractLogger {

        private final org.slf4j.Logger logger;

        Slf4jLiquibaseLogger(org.slf4j.Logger logger) {
            this.logger = logger;
        }

        @Override
        public void log(Level level, String message, Throwable e) {
            if (level == null || level == Level.OFF) {
                return;
            }
            int value = level.intValue();
            if (value >= Level.SEVERE.intValue()) {
                logger.error(message, e);
            } else if (value >= Level.WARNING.intValue()) {
                logger.warn(message, e);
            } else if (value >= Level.INFO.intValue()) {
                logger.info(message, e);
            } else if (value >= Level.FINE.intValue()) {
                logger.debug(message, e);
            } else {
                logger.trace(message, e);
            }
        }
    }
}
