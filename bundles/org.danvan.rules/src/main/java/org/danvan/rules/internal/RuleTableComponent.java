package org.danvan.rules.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the bundled rule table, with the administrator's overrides of configurable rows from the PID
 * {@value RuleOverrides#PID}, over the registered deadline calculator. Immediate, so a broken table or
 * configuration fails at bundle start (and in the log) rather than at the first deadline.
 * <p>
 * A configuration change re-activates the component (there is no modified method on purpose). An invalid
 * configuration is refused as a whole: the component does not activate, the {@link RuleTable} service disappears
 * (and with it {@code danvan:rules} and everything that needs due dates) and the log names every bad entry — because
 * deadlines computed from half an override, or from figures the administrator believes replaced, would be wrong
 * without anybody noticing.
 */
@Component(service = RuleTable.class, immediate = true, configurationPid = RuleOverrides.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RuleTableComponent implements RuleTable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleTableComponent.class);

    private final StatutoryRuleTable table;

    /**
     * Loads the bundled table and applies the configuration.
     *
     * @param deadlines the Civil Code deadline calculator on the working calendar
     * @param properties the configuration of {@value RuleOverrides#PID}, if any
     */
    @Activate
    public RuleTableComponent(@Reference DeadlineCalculator deadlines, Map<String, Object> properties) {
        List<StatutoryRule> bundled = RuleTableParser.bundled();
        RuleOverrides overrides;
        try {
            overrides = RuleOverrides.parse(properties, bundled);
        } catch (ValidationException e) {
            LOG.error("Configuration {} refused, the rule table is not available until it is corrected: {}",
                    RuleOverrides.PID, e.getMessage());
            throw e;
        }
        this.table = new StatutoryRuleTable(overrides.apply(bundled), deadlines);
        if (!overrides.ruleIds().isEmpty()) {
            LOG.info("Statutory rules overridden by configuration {}: {}", RuleOverrides.PID, overrides.ruleIds());
        }
    }

    @Override
    public Set<String> ruleIds() {
        return table.ruleIds();
    }

    @Override
    public Optional<StatutoryRule> rule(String ruleId, LocalDate eventDay) {
        return table.rule(ruleId, eventDay);
    }

    @Override
    public List<StatutoryRule> rulesOn(LocalDate day) {
        return table.rulesOn(day);
    }

    @Override
    public List<StatutoryRule> history(String ruleId) {
        return table.history(ruleId);
    }

    @Override
    public int limit(String ruleId, LocalDate eventDay, Set<Variant> variants) {
        return table.limit(ruleId, eventDay, variants);
    }

    @Override
    public LocalDate dueDate(String ruleId, LocalDate eventDay, Set<Variant> variants) {
        return table.dueDate(ruleId, eventDay, variants);
    }

    @Override
    public LocalDate extendedDueDate(String ruleId, LocalDate eventDay, LocalDate currentDue, int extensionsSoFar,
            int days, Set<Variant> variants) {
        return table.extendedDueDate(ruleId, eventDay, currentDue, extensionsSoFar, days, variants);
    }
}
