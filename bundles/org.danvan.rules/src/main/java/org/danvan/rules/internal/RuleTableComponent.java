package org.danvan.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.DanvanRules;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.StatutoryRule;
import org.danvan.rules.api.Variant;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the rule table: the bundled rows, the rows modules declare with {@link DanvanRules} while they are
 * active, and the administrator's overrides of configurable rows from the PID {@value RuleOverrides#PID}, over the
 * registered deadline calculator and working calendar. Immediate, so a broken core table or configuration fails at
 * bundle start (and in the log) rather than at the first deadline.
 * <p>
 * A configuration change re-activates the component (there is no modified method on purpose). An invalid
 * configuration of a core row is refused as a whole: the component does not activate, the {@link RuleTable} service
 * disappears (and with it {@code danvan:rules} and everything that needs due dates) and the log names every bad
 * entry — because deadlines computed from half an override, or from figures the administrator believes replaced,
 * would be wrong without anybody noticing. Keys of rows no installed module defines wait for the module.
 * <p>
 * A module's file is all or nothing: a bad line, an id the core or another module defines, an id under a core
 * prefix ({@code complaint.}, {@code info.}, …) or a configuration entry that does not fit its rows refuses the
 * file, with an ERROR naming the bundle; the rest of the table is unaffected. The table is rebuilt (immutable, and
 * swapped atomically) when a module starts or stops.
 */
@Component(service = RuleTable.class, immediate = true, configurationPid = RuleOverrides.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RuleTableComponent implements RuleTable {

    private static final Logger LOG = LoggerFactory.getLogger(RuleTableComponent.class);

    private final DeadlineCalculator deadlines;
    private final WorkingCalendar calendar;
    private final Map<String, Object> properties;
    private final RuleRows core;
    private final Set<String> reserved = new TreeSet<>();
    /** Module rows by bundle id, guarded by {@code this}. */
    private final Map<Long, RuleRows> contributions = new TreeMap<>();
    private final BundleTracker<Long> tracker;
    private volatile StatutoryRuleTable table;

    /**
     * Loads the bundled table, applies the configuration and starts looking for modules' rows.
     *
     * @param deadlines the Civil Code deadline calculator on the working calendar
     * @param calendar the working calendar (deadlines counted back from an event)
     * @param context this bundle's context; null outside OSGi (no module rows then)
     * @param properties the configuration of {@value RuleOverrides#PID}, if any
     */
    @Activate
    public RuleTableComponent(@Reference DeadlineCalculator deadlines, @Reference WorkingCalendar calendar,
            BundleContext context, Map<String, Object> properties) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.properties = Map.copyOf(properties);
        this.core = RuleTableParser.bundledRows();
        core.ids().forEach(id -> reserved.add(id.substring(0, id.indexOf('.'))));
        try {
            this.table = build(List.of(core));
        } catch (ValidationException e) {
            LOG.error("Configuration {} refused, the rule table is not available until it is corrected: {}",
                    RuleOverrides.PID, e.getMessage());
            throw e;
        }
        if (context == null) { // plain Java (tests): no modules
            this.tracker = null;
            return;
        }
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                return contribute(bundle) ? bundle.getBundleId() : null;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                RuleTableComponent.this.remove(id);
                LOG.info("Rule rows of {} removed", bundle.getSymbolicName());
            }
        };
        tracker.open();
    }

    /** Stops following modules. */
    @Deactivate
    public void deactivate() {
        if (tracker != null) {
            tracker.close();
        }
    }

    private StatutoryRuleTable build(List<RuleRows> files) {
        List<StatutoryRule> rules = new ArrayList<>();
        List<RuleFigure> figures = new ArrayList<>();
        for (RuleRows file : files) {
            rules.addAll(file.rules());
            figures.addAll(file.figures());
        }
        RuleOverrides overrides = RuleOverrides.parse(properties, rules, figures, reserved);
        if (!overrides.ruleIds().isEmpty()) {
            LOG.info("Statutory rules overridden by configuration {}: {}", RuleOverrides.PID, overrides.ruleIds());
        }
        return new StatutoryRuleTable(new RuleRows(overrides.apply(rules), overrides.applyFigures(figures)), deadlines,
                calendar);
    }

    /** Loads a module's rule files; false if the bundle declares none or they are refused. */
    private boolean contribute(Bundle bundle) {
        List<String> resources = declaredResources(bundle);
        if (resources.isEmpty()) {
            return false;
        }
        String name = bundle.getSymbolicName() + " " + bundle.getVersion() + " " + resources;
        try {
            return add(bundle.getBundleId(), name, read(bundle, resources));
        } catch (IllegalArgumentException | IOException e) {
            LOG.error("Rule files of {} refused, none of their rows is in the table: {}", name, e.getMessage());
            return false;
        }
    }

    /**
     * Adds a module's rows to the table, all or nothing.
     *
     * @param key the module bundle's id
     * @param name the module's name for the log
     * @param rows its rows
     * @return false, with an ERROR in the log, if they are refused
     */
    public synchronized boolean add(long key, String name, RuleRows rows) {
        try {
            Set<String> taken = new HashSet<>(core.ids());
            contributions.values().forEach(other -> taken.addAll(other.ids()));
            for (String id : rows.ids()) {
                if (reserved.contains(id.substring(0, id.indexOf('.')))) {
                    throw new IllegalArgumentException(id + " is under a prefix of the core table");
                }
                if (taken.contains(id)) {
                    throw new IllegalArgumentException(id + " is already defined by the core or another module");
                }
            }
            List<RuleRows> files = new ArrayList<>(contributions.values());
            files.add(0, core);
            files.add(rows);
            table = build(files);
            contributions.put(key, rows);
        } catch (IllegalArgumentException | ValidationException e) {
            LOG.error("Rule files of {} refused, none of their rows is in the table: {}", name, e.getMessage());
            return false;
        }
        LOG.info("Rule rows of {} added: {} time limits, {} figures", name, rows.rules().size(),
                rows.figures().size());
        return true;
    }

    /**
     * Takes a module's rows out of the table.
     *
     * @param key the module bundle's id
     */
    public synchronized void remove(long key) {
        if (contributions.remove(key) != null) {
            List<RuleRows> files = new ArrayList<>(contributions.values());
            files.add(0, core);
            table = build(files);
        }
    }


    private static List<String> declaredResources(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return List.of();
        }
        List<String> resources = new ArrayList<>();
        for (BundleCapability capability : revision.getDeclaredCapabilities(DanvanRules.NAMESPACE)) {
            Object value = capability.getAttributes().get(DanvanRules.RESOURCES);
            if (value instanceof List<?> list) {
                list.forEach(item -> resources.add(String.valueOf(item)));
            } else if (value != null) {
                resources.add(String.valueOf(value));
            }
        }
        return resources;
    }

    private static RuleRows read(Bundle bundle, List<String> resources) throws IOException {
        List<StatutoryRule> rules = new ArrayList<>();
        List<RuleFigure> figures = new ArrayList<>();
        for (String resource : resources) {
            URL entry = bundle.getEntry(resource);
            if (entry == null) {
                throw new IllegalArgumentException(resource + " is not in the bundle");
            }
            try (InputStream in = entry.openStream()) {
                RuleRows rows = RuleTableParser.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
                rules.addAll(rows.rules());
                figures.addAll(rows.figures());
            }
        }
        RuleRows all = new RuleRows(rules, figures);
        // two files of one bundle must not define the same row either
        new StatutoryRuleTable(all, (day, limit, unit) -> day, null);
        return all;
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

    @Override
    public LocalDate latestDayBefore(String ruleId, LocalDate eventDay, Set<Variant> variants) {
        return table.latestDayBefore(ruleId, eventDay, variants);
    }

    @Override
    public Optional<RuleFigure> figure(String figureId, LocalDate eventDay) {
        return table.figure(figureId, eventDay);
    }

    @Override
    public List<RuleFigure> figuresOn(LocalDate day) {
        return table.figuresOn(day);
    }

    @Override
    public List<RuleFigure> figureHistory(String figureId) {
        return table.figureHistory(figureId);
    }

    @Override
    public RuleTable onCalendar(WorkingCalendar other) {
        return table.onCalendar(other);
    }

    /**
     * The rows before the administrator's overrides: the bundled table and the modules' rows now in it.
     *
     * @return the rows as shipped
     */
    public synchronized RuleRows shippedRows() {
        List<StatutoryRule> rules = new ArrayList<>(core.rules());
        List<RuleFigure> figures = new ArrayList<>(core.figures());
        contributions.values().forEach(rows -> {
            rules.addAll(rows.rules());
            figures.addAll(rows.figures());
        });
        return new RuleRows(rules, figures);
    }

    /** The overrides in force: the configuration this table was built with. */
    public Map<String, Object> configuration() {
        return properties;
    }
}
