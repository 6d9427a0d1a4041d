package org.danvan.rules.api;

import java.util.List;
import java.util.Map;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The rule table for administrators: the rows as shipped and as in force, and the override of configurable rows.
 * Overrides are stored in the configuration PID {@code org.danvan.rules} — the same one as
 * {@code etc/org.danvan.rules.cfg}, so there is one mechanism and it survives a restart.
 *
 * @since 1.2
 */
@ProviderType
public interface RuleAdministration {

    /** The permission needed to change overrides. */
    String PERMISSION = "rules.manage";

    /** The settings of a time limit an override may set. */
    String LIMIT = "limit";
    /** The unit of a time limit ({@code WORKING_DAYS}, {@code CALENDAR_DAYS}). */
    String UNIT = "unit";
    /** The length of one extension. */
    String EXTENSION_DAYS = "extension.days";

    /** The table in force now (overrides applied). */
    RuleTable table();

    /**
     * Every row of a time limit as shipped, before overrides, oldest first.
     *
     * @param ruleId the id
     * @return the rows; empty for an unknown id
     */
    List<StatutoryRule> shippedHistory(String ruleId);

    /**
     * Every row of a figure as shipped, before overrides, oldest first.
     *
     * @param figureId the id
     * @return the rows; empty for an unknown id
     */
    List<RuleFigure> shippedFigureHistory(String figureId);

    /**
     * The overrides in force, by rule id: setting ({@link #LIMIT}, {@link #UNIT}, {@link #EXTENSION_DAYS}) to value.
     */
    Map<String, Map<String, String>> overrides();

    /**
     * Sets (or with an empty map, removes) the override of a configurable rule. The settings are checked as the
     * configuration file's are, stored, audited, and in force — with every {@link RuleTableListener} told — when
     * this method returns.
     *
     * @param user the administrator
     * @param ruleId a rule or figure id with configurable rows
     * @param settings setting to value; blank values are left out
     * @throws org.danvan.platform.api.security.AccessDeniedException without {@value #PERMISSION}
     * @throws org.danvan.platform.api.validation.ValidationException when refused (keys {@code rules.config.*},
     *             fields {@code <id>.<setting>}); nothing was changed
     */
    void override(UserPrincipal user, String ruleId, Map<String, String> settings);
}
