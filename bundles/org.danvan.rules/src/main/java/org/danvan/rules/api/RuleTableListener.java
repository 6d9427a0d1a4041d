package org.danvan.rules.api;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when an administrator changes the override of configurable rows and the new table is in force. Register as
 * an OSGi service (whiteboard); the case engine uses it to recompute the due dates of open cases at once.
 *
 * @since 1.2
 */
@ConsumerType
public interface RuleTableListener {

    /**
     * Called after the change is in force.
     *
     * @param ruleIds the ids whose rows changed
     */
    void rulesChanged(Set<String> ruleIds);
}
