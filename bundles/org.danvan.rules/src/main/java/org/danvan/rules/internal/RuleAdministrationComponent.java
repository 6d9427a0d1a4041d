package org.danvan.rules.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.rules.api.RuleAdministration;
import org.danvan.rules.api.RuleFigure;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.api.RuleTableListener;
import org.danvan.rules.api.StatutoryRule;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrators' side of the rule table. An override is written to the configuration of
 * {@value RuleOverrides#PID} through ConfigurationAdmin — the mechanism of {@code etc/org.danvan.rules.cfg}, which
 * Karaf's file install writes back to that file — so the table component re-activates with it; this component
 * waits (up to {@value #WAIT_MILLIS} ms) until the new table is registered, audits the change and tells every
 * {@link RuleTableListener}. The rule table is followed dynamically, so this component stays while it is rebuilt.
 */
@Component(service = RuleAdministration.class)
public final class RuleAdministrationComponent implements RuleAdministration {

    private static final Logger LOG = LoggerFactory.getLogger(RuleAdministrationComponent.class);
    private static final long WAIT_MILLIS = 20_000;
    private static final String FILE_KEY = "felix.fileinstall.filename";

    private final ConfigurationAdmin configurations;
    private final AccessControl access;
    private final AuditTrail audit;
    private final List<RuleTableListener> listeners = new CopyOnWriteArrayList<>();
    private volatile RuleTable table;

    @Activate
    public RuleAdministrationComponent(@Reference ConfigurationAdmin configurations, @Reference AccessControl access,
            @Reference AuditTrail audit) {
        this.configurations = configurations;
        this.access = access;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindTable(RuleTable bound) {
        this.table = bound;
    }

    void unbindTable(RuleTable unbound) {
        if (this.table == unbound) {
            this.table = null;
        }
    }

    @Reference(service = RuleTableListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addListener(RuleTableListener listener) {
        listeners.add(listener);
    }

    void removeListener(RuleTableListener listener) {
        listeners.remove(listener);
    }

    @Override
    public RuleTable table() {
        RuleTable current = table;
        if (current == null) {
            throw new IllegalStateException("the rule table is not available");
        }
        return current;
    }

    private RuleTableComponent component() {
        return (RuleTableComponent) table();
    }

    @Override
    public List<StatutoryRule> shippedHistory(String ruleId) {
        return component().shippedRows().rules().stream().filter(row -> row.id().equals(ruleId))
                .sorted(Comparator.comparing(StatutoryRule::effectiveFrom)).toList();
    }

    @Override
    public List<RuleFigure> shippedFigureHistory(String figureId) {
        return component().shippedRows().figures().stream().filter(row -> row.id().equals(figureId))
                .sorted(Comparator.comparing(RuleFigure::effectiveFrom)).toList();
    }

    @Override
    public Map<String, Map<String, String>> overrides() {
        return overridesOf(component().configuration(), ids());
    }

    private Set<String> ids() {
        RuleRows shipped = component().shippedRows();
        return shipped.ids();
    }

    /** The settings by id of a configuration, for the ids given (longest id first, as the table reads them). */
    static Map<String, Map<String, String>> overridesOf(Map<String, ?> properties, Set<String> ids) {
        Map<String, Map<String, String>> result = new TreeMap<>();
        for (Map.Entry<String, ?> entry : properties.entrySet()) {
            for (String setting : List.of(EXTENSION_DAYS, LIMIT, UNIT)) {
                String key = entry.getKey();
                if (key.endsWith("." + setting)) {
                    String id = key.substring(0, key.length() - setting.length() - 1);
                    if (ids.contains(id)) {
                        result.computeIfAbsent(id, k -> new TreeMap<>()).put(setting,
                                String.valueOf(entry.getValue()).strip());
                        break;
                    }
                }
            }
        }
        return result;
    }

    @Override
    public void override(UserPrincipal user, String ruleId, Map<String, String> settings) {
        Objects.requireNonNull(user, "user");
        if (!access.isPermittedSomewhere(user, PERMISSION)) {
            throw new AccessDeniedException(user.login(), PERMISSION, -1);
        }
        RuleTableComponent current = component();
        RuleRows shipped = current.shippedRows();
        boolean configurable = shipped.rules().stream().anyMatch(r -> r.id().equals(ruleId) && r.configurable())
                || shipped.figures().stream().anyMatch(f -> f.id().equals(ruleId) && f.configurable());
        if (!configurable) {
            throw ValidationException.of(null, "rules.config.notConfigurable", ruleId);
        }
        Map<String, String> wanted = new TreeMap<>();
        settings.forEach((setting, value) -> {
            if (value != null && !value.isBlank()) {
                wanted.put(ruleId + "." + setting, value.strip());
            }
        });
        // checked as the file would be, against the shipped rows; refused before anything is stored
        RuleOverrides.parse(wanted, shipped.rules(), shipped.figures(), Set.of());
        if (wanted.keySet().stream().anyMatch(key -> {
            String setting = key.substring(ruleId.length() + 1);
            return !Set.of(LIMIT, UNIT, EXTENSION_DAYS).contains(setting);
        })) {
            throw ValidationException.of(null, "rules.config.unknownSetting", wanted.keySet());
        }
        Map<String, String> before = overridesOf(current.configuration(), Set.of(ruleId))
                .getOrDefault(ruleId, Map.of());
        Map<String, String> after = new TreeMap<>();
        wanted.forEach((key, value) -> after.put(key.substring(ruleId.length() + 1), value));
        if (before.equals(after)) {
            return;
        }
        try {
            Configuration configuration = configurations.getConfiguration(RuleOverrides.PID, "?");
            Dictionary<String, Object> old = configuration.getProperties();
            Hashtable<String, Object> next = new Hashtable<>();
            if (old != null) {
                for (Enumeration<String> keys = old.keys(); keys.hasMoreElements();) {
                    String key = keys.nextElement();
                    next.put(key, old.get(key));
                }
            }
            for (String setting : List.of(LIMIT, UNIT, EXTENSION_DAYS)) {
                next.remove(ruleId + "." + setting);
            }
            next.putAll(wanted);
            String etc = System.getProperty("karaf.etc");
            if (etc != null && !next.containsKey(FILE_KEY)) {
                // Karaf's file install writes the configuration back to etc/, where administrators look for it
                next.put(FILE_KEY, new File(etc, RuleOverrides.PID + ".cfg").toURI().toString());
            }
            next.remove("service.pid");
            // listeners that depend on the table leave while it is rebuilt and come back on the new one
            int listening = listeners.size();
            configuration.update(next);
            RuleTable updated = awaitTable(current, listening);
            try {
                Map<String, String> details = new LinkedHashMap<>();
                details.put("rule", ruleId);
                details.put("before", before.toString());
                details.put("after", after.toString());
                audit.record(new AuditEvent("rules.override.changed", user.login(), user.userId(), "rule", ruleId,
                        null, details, null));
            } catch (RuntimeException e) {
                // not audited, not kept
                if (old == null) {
                    configuration.delete();
                } else {
                    configuration.update(old);
                }
                throw e;
            }
            LOG.info("Rule {} override changed by {}: {} -> {}", ruleId, user.login(), before, after);
            if (updated != null) {
                for (RuleTableListener listener : listeners) {
                    try {
                        listener.rulesChanged(Set.of(ruleId));
                    } catch (RuntimeException e) {
                        LOG.error("Rule table listener {} failed for {}", listener, ruleId, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until a table other than {@code previous} is bound and as many listeners as before are registered again;
     * null if that did not happen in time.
     */
    private RuleTable awaitTable(RuleTable previous, int listening) {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < end) {
            RuleTable now = table;
            if (now != null && now != previous && listeners.size() >= listening) {
                return now;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        LOG.warn("The rule table did not come back within {} ms after a change of {}", WAIT_MILLIS,
                RuleOverrides.PID);
        return null;
    }
}
