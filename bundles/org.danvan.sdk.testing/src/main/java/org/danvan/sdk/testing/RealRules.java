package org.danvan.sdk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.calendar.internal.CivilCodeDeadlineCalculator;
import org.danvan.calendar.internal.VietnameseWorkingCalendar;
import org.danvan.rules.api.RuleTable;
import org.danvan.rules.internal.RuleRows;
import org.danvan.rules.internal.RuleTableComponent;
import org.danvan.rules.internal.RuleTableParser;

/**
 * The real working-day calendar (statutory and lunar holidays, compensatory days, the bundled announcements) and the
 * real rule table — the core rows plus a module's own files, checked exactly as the server checks them — for a
 * module's tests. Nothing here is a stand-in: a due date a test computes is the one the server computes.
 *
 * <pre>
 * RuleTable rules = RealRules.withModuleFiles("rules/grassroots-rules.csv");
 * LocalDate due = rules.dueDate("grassroots.disclosure.start", decisionDay, Set.of());
 * </pre>
 */
public final class RealRules {

    private RealRules() {
    }

    /** The working calendar as a server without announcements of its own has it. */
    public static WorkingCalendar calendar() {
        return VietnameseWorkingCalendar.withBundledDefaults();
    }

    /**
     * The rule table with the module's files (class-path resources, as declared in {@code @DanvanRules}).
     *
     * @param resources the files, e.g. {@code rules/grassroots-rules.csv}
     * @return the table
     * @throws IllegalArgumentException naming the file and line of a bad row, or the reason the server would refuse
     *             the files (an id under a core prefix, an id the core defines)
     */
    public static RuleTable withModuleFiles(String... resources) {
        return withModuleFiles(Map.of(), resources);
    }

    /**
     * The rule table with the module's files and an administrator's configuration
     * ({@code etc/org.danvan.rules.cfg}: {@code <rule id>.limit}, {@code .unit}, {@code .extension.days}).
     *
     * @param configuration the overrides
     * @param resources the module's files
     * @return the table
     */
    public static RuleTable withModuleFiles(Map<String, Object> configuration, String... resources) {
        WorkingCalendar calendar = calendar();
        DeadlineCalculator deadlines = new CivilCodeDeadlineCalculator(calendar);
        RuleTableComponent table = new RuleTableComponent(deadlines, calendar, null, configuration);
        for (String resource : resources) {
            RuleRows rows = read(resource);
            if (!table.add(resource.hashCode(), resource, rows)) {
                throw new IllegalArgumentException("the rules bundle refuses " + resource
                        + " (the reason is in the log above)");
            }
        }
        return table;
    }

    private static RuleRows read(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : RealRules.class.getClassLoader())
                .getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the class path");
            }
            return RuleTableParser.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
