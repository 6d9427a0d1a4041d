package org.danvan.platform.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told after a module's enablement changed (whiteboard service), e.g. so that open pages rebuild their menus and
 * the signed-in users' permissions.
 */
@ConsumerType
@FunctionalInterface
public interface ModuleEnablementListener {

    /** Called after the change committed, on the thread that made it; keep it short. */
    void enablementChanged(String moduleId);
}
