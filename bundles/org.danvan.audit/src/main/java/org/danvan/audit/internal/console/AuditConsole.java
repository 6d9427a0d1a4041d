package org.danvan.audit.internal.console;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.danvan.platform.api.audit.AuditEntry;
import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.audit.AuditTrail;
import org.danvan.platform.api.audit.ChainVerification;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * What the {@code danvan:audit-*} commands do, apart from the Karaf plumbing: check {@code audit.view}, run, print.
 * The console speaks English, like Karaf's own commands.
 */
final class AuditConsole {

    /** Permission both commands require. */
    static final String PERMISSION = "audit.view";
    /** Written after every verification. */
    static final String VERIFIED_ACTION = "audit.verified";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AuditTrail trail;
    private final AccessControl accessControl;
    private final Translator translator;
    private final PrintStream out;

    AuditConsole(AuditTrail trail, AccessControl accessControl, Translator translator, PrintStream out) {
        this.trail = trail;
        this.accessControl = accessControl;
        this.translator = translator;
        this.out = out;
    }

    /**
     * Verifies the chain, prints the outcome and records it, intact or not, with who asked: a check is an act worth
     * knowing of (it bounds when tampering happened), and appending to a broken chain repairs nothing and hides
     * nothing, since the break stays where it is. If the record fails the outcome has still been printed.
     */
    void verify(UserPrincipal user) {
        requirePermission(user);
        ChainVerification result = trail.verify();
        if (result.intact()) {
            out.println("OK: " + result.entriesChecked() + " entries, chain intact");
        } else {
            out.println("BROKEN at seq " + result.firstBrokenSequence() + ": " + printable(result.problem()));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("entries", Long.toString(result.entriesChecked()));
        details.put("intact", Boolean.toString(result.intact()));
        if (!result.intact()) {
            details.put("firstBrokenSequence", String.valueOf(result.firstBrokenSequence()));
            details.put("problem", result.problem());
        }
        try {
            trail.record(AuditEvent.of(VERIFIED_ACTION, user.login(), user.userId(), details));
        } catch (RuntimeException e) {
            out.println("Warning: the verification could not be recorded in the audit trail: " + e.getMessage());
        }
    }

    /** Prints the newest entries matching the options, newest first. */
    void list(UserPrincipal user, String actionPrefix, String login, int limit) {
        requirePermission(user);
        AuditFilter filter = new AuditFilter(blankToNull(actionPrefix), blankToNull(login), null, null, null, null);
        List<AuditEntry> entries;
        long total;
        try {
            entries = trail.find(filter, 0, limit);
            total = trail.count(filter);
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                out.println("Refused: " + (violation.field() == null ? "" : violation.field() + ": ")
                        + translate(violation));
            }
            return;
        }
        for (AuditEntry entry : entries) {
            out.println(line(entry));
        }
        out.println(entries.size() + " of " + total + " matching entries shown, newest first");
    }

    private void requirePermission(UserPrincipal user) {
        if (!accessControl.isPermittedSomewhere(user, PERMISSION)) {
            throw new AccessDeniedException(user.login(), PERMISSION, -1);
        }
    }

    static String line(AuditEntry entry) {
        AuditEvent event = entry.event();
        StringBuilder line = new StringBuilder();
        line.append(String.format(Locale.ROOT, "%8d  %s  %-32s %-20s", entry.sequence(), TIME.format(entry.at()),
                printable(event.action()), printable(event.actorLogin())));
        if (event.targetType() != null || event.targetId() != null) {
            line.append(' ').append(printable(event.targetType())).append('#').append(printable(event.targetId()));
        }
        if (event.unitId() != null) {
            line.append(" unit=").append(event.unitId());
        }
        if (!event.details().isEmpty()) {
            line.append(' ').append(printable(new TreeMap<>(event.details()).toString()));
        }
        return line.toString();
    }

    /**
     * Control characters (C0, DEL, C1) replaced: whatever a row holds, even one edited in the database, must not drive
     * the administrator's terminal.
     */
    static String printable(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder printable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            printable.append(c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '?' : c);
        }
        return printable.toString();
    }

    private String translate(Violation violation) {
        if (translator == null) {
            return violation.messageKey() + " " + violation.args();
        }
        return translator.translate(violation.messageKey(), Locale.ENGLISH, violation.args().toArray());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
