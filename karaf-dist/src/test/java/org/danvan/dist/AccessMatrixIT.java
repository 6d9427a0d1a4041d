package org.danvan.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.danvan.dist.test.KarafDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The full access matrix in the real distribution with every module installed: every permission declared at run
 * time ({@code danvan:permission-list}, so a new module's permissions join by themselves) × every built-in role ×
 * a record of the user's own unit, a child unit, another unit and the retired unit merged into the own unit.
 * <p>
 * Expected answers come from the roles' permission sets ({@code danvan:role-list}) and the unit tree, never from
 * the system under test's decision: a cell is permitted exactly when the role holds the permission and the unit is
 * own, child or merged. Two layers are checked:
 * <ol>
 * <li>the decision service, for every declared permission ({@code danvan:access-check});</li>
 * <li>the real services, signed in at the console as each role's user: the case engine (see, list, intake,
 * unmask, and every action the engine offers on a case mapped back to its permission), user administration
 * ({@code identity.users.manage}), the reception schedule ({@code reception.view}), the audit trail
 * ({@code audit.view}), the calendar ({@code calendar.manage}), roles ({@code identity.roles.manage}).</li>
 * </ol>
 * Permissions without a service probe are listed in the output, so that what is covered only by the decision
 * service stays visible.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessMatrixIT {

    private static final String OWN = "24003";
    private static final String CHILD = "24003-01";
    private static final String OTHER = "24004";
    private static final String MERGED = "09370";
    private static final List<String> UNITS = List.of(OWN, CHILD, OTHER, MERGED);
    private static final List<String> ROLES = List.of("province-admin", "commune-chair", "reception-officer",
            "case-handler", "inspector", "mass-org-officer", "observer");
    private static final String CONSOLE_ROLE = "matrix-console";
    private static final String PASSWORD = "Matrix-test-2026!";
    private static final Pattern NUMBER = Pattern.compile("Created case (\\S+) \\(id (\\d+)\\)");
    /** Starts each command's output in a console session of {@link #asInOneSession}. */
    private static final String MARK = "@@matrix-probe-";
    private static final Pattern DECISION = Pattern.compile("^(\\S+) (\\S+) (PERMITTED|DENIED)$");
    /** The permission each case action needs (mirror of {@code CaseAction}); an action missing here fails. */
    private static final Map<String, String> ACTION_PERMISSION = Map.ofEntries(Map.entry("INTAKE", "case.intake"),
            Map.entry("CLASSIFY", "case.classify"), Map.entry("ACCEPT", "case.accept"),
            Map.entry("RETURN_AND_GUIDE", "case.accept"), Map.entry("NOTIFY_ACCEPTANCE", "case.accept"),
            Map.entry("TRANSFER", "case.transfer"), Map.entry("ASSIGN", "case.assign"),
            Map.entry("EXTEND", "case.extend"), Map.entry("RESOLVE", "case.resolve"),
            Map.entry("CLOSE", "case.close"), Map.entry("REOPEN", "case.reopen"), Map.entry("ATTACH", "case.intake"),
            Map.entry("SUSPEND", "case.resolve"), Map.entry("NOTIFY_SUSPENSION", "case.resolve"),
            Map.entry("CONTINUE", "case.resolve"), Map.entry("TERMINATE", "case.resolve"),
            Map.entry("WITHDRAW_PART", "case.resolve"), Map.entry("UNMASK", "case.unmask"));

    private KarafDistribution karaf;
    private final Set<String> declared = new TreeSet<>();
    private final Map<String, Set<String>> rolePermissions = new TreeMap<>();
    private final Map<String, String> caseOfUnit = new LinkedHashMap<>();
    private final Set<String> probedPermissions = new TreeSet<>();
    private int decisionCells;
    private int serviceCells;

    @BeforeAll
    void start() {
        karaf = KarafDistribution.fromBuild();
        karaf.start();
        karaf.awaitFeaturesDeployed(Duration.ofMinutes(2));
    }

    @AfterAll
    void stop() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    @Order(1)
    void everyModuleIsInstalledAndThePermissionsAreReadAtRunTime() {
        String modules = karaf.shell("danvan:module-list");
        for (String line : modules.lines().skip(1).toList()) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && !columns[2].equalsIgnoreCase("installed")) {
                String out = karaf.shell("danvan:module-install " + columns[0]);
                assertTrue(out.contains("is installed"), out);
            }
        }
        karaf.awaitFeaturesDeployed(Duration.ofMinutes(3));
        String listed = karaf.shell("danvan:permission-list");
        for (String line : listed.lines().toList()) {
            String id = line.trim().split("\\s+")[0];
            if (id.contains(".") && !line.contains("permissions declared")) {
                declared.add(id);
            }
        }
        Matcher count = Pattern.compile("(\\d+) permissions declared").matcher(listed);
        assertTrue(count.find() && Integer.parseInt(count.group(1)) == declared.size(), listed);
        // every module's permissions are among them (a module that declared none would be a finding of its own)
        for (String module : List.of("noticeboard.", "grassroots.", "hcmstudy.", "supervision.", "conduct.",
                "emulation.", "procedure-review.", "dissemination.", "api.", "national-export.")) {
            assertTrue(declared.stream().anyMatch(p -> p.startsWith(module)), module + " missing in " + declared);
        }

        String roles = karaf.shell("danvan:role-list");
        String current = null;
        for (String line : roles.lines().toList()) {
            if (line.startsWith("    ") && current != null) {
                rolePermissions.get(current).add(line.trim());
            } else if (!line.isBlank()) {
                current = line.trim().split("\\s+")[0];
                rolePermissions.put(current, new TreeSet<>());
            }
        }
        assertTrue(rolePermissions.keySet().containsAll(ROLES), rolePermissions.keySet().toString());
        System.out.println("access matrix: " + declared.size() + " permissions declared: " + declared);
    }

    @Test
    @Order(2)
    void oneUserPerRoleAndOneCasePerUnit() {
        String created = karaf.shell("danvan:role-create " + CONSOLE_ROLE + " \"Console only (matrix test)\" "
                + "platform.console");
        assertTrue(created.contains("Role " + CONSOLE_ROLE + " created"), created);
        for (String role : ROLES) {
            String out = karaf.shell("danvan:user-add --password " + PASSWORD + " --role " + role + " --role "
                    + CONSOLE_ROLE + " " + login(role) + " \"Matrix " + role + "\" " + OWN);
            assertTrue(out.contains("role " + role + " held at " + OWN), out);
        }
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(7));
        for (String unit : UNITS) {
            // the retired commune's case was received before the merger
            LocalDate received = unit.equals(MERGED) ? LocalDate.of(2025, 6, 2) : today;
            String out = karaf.shell("danvan:case-create --unit " + unit + " --kind denunciation --name \""
                    + petitioner(unit) + "\" --received " + received + " \"To cao " + token(unit) + "\"");
            Matcher number = NUMBER.matcher(out);
            assertTrue(number.find(), out);
            // by id: a case number is not unique across units
            caseOfUnit.put(unit, number.group(2));
        }
    }

    @Test
    @Order(3)
    void theDecisionServiceAnswersEveryCellAsTheRolesSay() {
        List<String> leaks = new ArrayList<>();
        for (String role : ROLES) {
            String out = karaf.shell("danvan:access-check " + login(role) + " " + String.join(" ", UNITS));
            Map<String, Boolean> answers = new TreeMap<>();
            for (String line : out.lines().toList()) {
                Matcher m = DECISION.matcher(line.trim());
                if (m.matches()) {
                    answers.put(m.group(1) + " " + m.group(2), m.group(3).equals("PERMITTED"));
                }
            }
            for (String permission : declared) {
                for (String unit : UNITS) {
                    Boolean answer = answers.get(permission + " " + unit);
                    boolean expected = expected(role, permission, unit);
                    decisionCells++;
                    if (answer == null || answer != expected) {
                        leaks.add(role + " " + permission + " @" + unit + ": expected " + expected + ", got "
                                + answer);
                    }
                }
            }
        }
        System.out.println("access matrix: decision service, " + decisionCells + " cells checked ("
                + declared.size() + " permissions x " + ROLES.size() + " roles x " + UNITS.size() + " units)");
        assertEquals(List.of(), leaks, "cells that differ from the roles' permissions");
    }

    @Test
    @Order(4)
    void theRealServicesAnswerEveryProbedCellAsTheRolesSay() {
        List<String> wrong = new ArrayList<>();
        String month = LocalDate.now(ZoneOffset.ofHours(7)).toString().substring(0, 7);
        int commands = 0;
        for (String role : ROLES) {
            String login = login(role);
            // one console session per role: a session per command (147 of them) took over 15 minutes
            Map<String, String> probes = new LinkedHashMap<>();
            probes.put("case-list", "danvan:case-list --limit 500");
            for (String unit : UNITS) {
                String id = caseOfUnit.get(unit);
                probes.put("case-show " + unit, "danvan:case-show " + id);
                probes.put("case-unmask " + unit, "danvan:case-unmask --reason \"matrix test\" " + id);
                probes.put("case-create " + unit, "danvan:case-create --unit " + unit + " --kind recommendation"
                        + " --name \"Le Thi Probe\"" + (unit.equals(MERGED) ? " --received 2025-06-02" : "")
                        + " \"Kien nghi " + role + "\"");
                if (!unit.equals(MERGED)) {
                    probes.put("user-add " + unit, "danvan:user-add --password " + PASSWORD + " "
                            + login.replace('.', '-') + "-" + unit.toLowerCase() + " \"Probe\" " + unit);
                    probes.put("reception-warnings " + unit,
                            "danvan:reception-warnings --lang en " + unit + " " + month);
                }
            }
            probes.put("audit-list", "danvan:audit-list --limit 1");
            probes.put("role-create", "danvan:role-create probe-" + role + " \"Probe\" identity.profile");
            Map<String, String> answers = asInOneSession(login, probes);
            commands += probes.size();

            String listed = answers.get("case-list");
            for (String unit : UNITS) {
                String id = caseOfUnit.get(unit);
                boolean view = expected(role, "case.view", unit);

                check(wrong, role, "case.view", unit, "case-list", view, listed.contains(token(unit)));
                String shown = answers.get("case-show " + unit);
                check(wrong, role, "case.view", unit, "case-show", view, shown.contains("(id " + id + ")"));
                Matcher actions = Pattern.compile("You may: \\[([A-Z_, ]*)\\]").matcher(shown);
                if (actions.find() && !actions.group(1).isBlank()) {
                    for (String action : actions.group(1).split(",\\s*")) {
                        String permission = ACTION_PERMISSION.get(action.trim());
                        if (permission == null) {
                            wrong.add("case action " + action + " has no permission mapped in this test");
                            continue;
                        }
                        probedPermissions.add(permission);
                        serviceCells++;
                        if (!expected(role, permission, unit)) {
                            wrong.add(role + " is offered " + action + " on the case of " + unit);
                        }
                    }
                }

                check(wrong, role, "case.unmask", unit, "case-unmask",
                        view && expected(role, "case.unmask", unit),
                        answers.get("case-unmask " + unit).contains(petitioner(unit)));
                check(wrong, role, "case.intake", unit, "case-create", expected(role, "case.intake", unit),
                        answers.get("case-create " + unit).contains("Created case "));
                if (!unit.equals(MERGED)) {
                    check(wrong, role, "identity.users.manage", unit, "user-add",
                            expected(role, "identity.users.manage", unit),
                            answers.get("user-add " + unit).contains(" created (id "));
                    check(wrong, role, "reception.view", unit, "reception-warnings",
                            expected(role, "reception.view", unit),
                            answers.get("reception-warnings " + unit).contains("Reception schedule warnings of"));
                }
            }
            // permissions a user holds or not as a whole (the console command asks "somewhere")
            check(wrong, role, "audit.view", OWN, "audit-list", expected(role, "audit.view", OWN),
                    answers.get("audit-list").contains("matching entries shown"));
            // roles are installation-wide: managing them needs the permission at a root unit, which no user here has
            check(wrong, role, "identity.roles.manage", OWN, "role-create", false,
                    answers.get("role-create").contains(" created with "));
        }
        Set<String> unprobed = new TreeSet<>(declared);
        unprobed.removeAll(probedPermissions);
        System.out.printf("access matrix: real services, %d console commands in %d sessions, %d cells checked over "
                + "%d permissions %s%n", commands, ROLES.size(), serviceCells, probedPermissions.size(),
                probedPermissions);
        System.out.println("access matrix: decision service only (no generic service probe): " + unprobed);
        assertEquals(List.of(), wrong, "service answers that differ from the roles' permissions");
    }

    private void check(List<String> wrong, String role, String permission, String unit, String probe,
            boolean expected, boolean actual) {
        probedPermissions.add(permission);
        serviceCells++;
        if (expected != actual) {
            wrong.add(role + " " + probe + " (" + permission + ") @" + unit + ": expected " + expected + ", got "
                    + actual);
        }
    }

    /**
     * Runs the commands in one console session as the user, each inside Gogo's {@code try} so that a refusal (an
     * exception) does not end the session; answers each command's output by key, a refusal as
     * {@code "REFUSED <exception>"}.
     */
    private Map<String, String> asInOneSession(String login, Map<String, String> commands) {
        List<String> keys = new ArrayList<>(commands.keySet());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            lines.add("echo " + MARK + i);
            lines.add("try { " + commands.get(keys.get(i)) + " } { echo \"REFUSED $exception\" }");
        }
        lines.add("echo " + MARK + "end");
        String output = karaf.shellAs(login, PASSWORD, 3, lines.toArray(String[]::new));
        Map<String, String> answers = new LinkedHashMap<>();
        String key = null;
        StringBuilder answer = new StringBuilder();
        for (String line : output.lines().toList()) {
            if (line.startsWith(MARK)) {
                if (key != null) {
                    answers.put(key, answer.toString());
                }
                String index = line.substring(MARK.length()).trim();
                key = index.equals("end") ? null : keys.get(Integer.parseInt(index));
                answer.setLength(0);
            } else if (key != null) {
                answer.append(line).append('\n');
            }
        }
        assertEquals(keys, new ArrayList<>(answers.keySet()), "every command answered in the session of " + login
                + ":\n" + output);
        return answers;
    }

    /** What the roles say, independently of the decision service: the role holds it and the unit is covered. */
    private boolean expected(String role, String permission, String unit) {
        // every matrix user also holds the console-only role at the own unit, to reach the console
        boolean held = rolePermissions.get(role).contains(permission) || permission.equals("platform.console");
        return held && !unit.equals(OTHER);
    }

    /** A word that names the unit and no other (24003 is not a prefix of 24003-01's). */
    private static String token(String unit) {
        return "MX" + unit.replace("-", "") + "Q";
    }

    private static String petitioner(String unit) {
        return "Nguyen Van " + token(unit);
    }

    private static String login(String role) {
        return "mx." + role;
    }
}
