package org.danvan.cases.internal.console;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.danvan.cases.api.CaseConflictException;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStep;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PetitionerView;
import org.danvan.cases.api.Worklist;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.i18n.Translator;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * What the {@code danvan:case-*} commands do, apart from the Karaf plumbing. The service checks the permissions;
 * refusals are printed translated (English, like Karaf's own commands). Output never contains protected identity
 * data, and control characters are replaced so stored text cannot drive the terminal.
 */
public final class CaseConsole {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);

    private final CaseService cases;
    private final OrgUnitDirectory directory;
    private final Translator translator;
    private final PrintStream out;

    public CaseConsole(CaseService cases, OrgUnitDirectory directory, Translator translator, PrintStream out) {
        this.cases = cases;
        this.directory = directory;
        this.translator = translator;
        this.out = out;
    }

    /** Minimal intake: one petitioner (none for an anonymous denunciation), received today unless given. */
    public void create(UserPrincipal user, String unitCode, String kind, String channel, String name,
            String address, String phone, String received, String content) {
        guarded(() -> {
            OrgUnitInfo unit = unit(unitCode);
            CaseKind caseKind = parse(CaseKind.class, kind, "kind");
            Channel caseChannel = channel == null ? Channel.RECEPTION_OFFICE : parse(Channel.class, channel,
                    "channel");
            LocalDate receivedOn = received == null ? LocalDate.now(ZoneOffset.ofHours(7)) : date(received);
            List<PersonData> petitioners = name == null ? List.of()
                    : List.of(new PersonData(name, address, null, phone, null, null));
            IntakeReceipt receipt = cases.intake(user, new IntakeRequest(unit.id(), caseKind, caseChannel, null,
                    petitioners, false, 1, null, content, receivedOn, null, null));
            out.println("Created case " + receipt.number() + " (id " + receipt.caseId() + ") in " + unit.code());
            out.println("Tracking code for the citizen: " + receipt.trackingCode());
            for (DuplicateCandidate candidate : receipt.duplicates()) {
                out.println("Possible duplicate: " + candidate.otherNumber() + " (id " + candidate.otherCaseId()
                        + ", unit " + candidate.otherUnitId() + ", " + candidate.reason() + " " + candidate.score()
                        + "%)");
            }
        });
    }

    /** Lists cases the user may see, newest first (or soonest due with {@code overdue}). */
    public void list(UserPrincipal user, String unitCode, boolean overdue, String text, int offset, int limit) {
        guarded(() -> {
            Long unitId = unitCode == null ? null : unit(unitCode).id();
            CaseQuery query = new CaseQuery(overdue ? Worklist.OVERDUE : Worklist.ALL, null, null, unitId,
                    unitId != null, null, null, null, text, overdue, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
            Page<CaseSummary> page = cases.find(user, query);
            out.println(String.format(Locale.ROOT, "%-12s %-24s %-12s %-10s %-10s %-8s %s", "NUMBER", "KIND",
                    "STATUS", "RECEIVED", "DUE", "STATE", "CONTENT"));
            for (CaseSummary c : page.items()) {
                out.println(String.format(Locale.ROOT, "%-12s %-24s %-12s %-10s %-10s %-8s %s", c.number(),
                        c.kind(), c.status(), c.receivedOn(), c.dueDate() == null ? "-" : c.dueDate(),
                        c.dueState(), printable(shorten(c.excerpt(), 60))));
            }
            out.println(page.items().size() + " of " + page.total() + " cases shown");
        });
    }

    /** Shows one case, redacted: no address, ID, phone or e-mail, and a denouncer not even by name. */
    public void show(UserPrincipal user, String numberOrId) {
        guarded(() -> {
            CaseSummary found = visible(user, numberOrId);
            if (found == null) {
                return;
            }
            CaseDetail d = cases.detail(user, found.id());
            CaseSummary s = d.summary();
            out.println("Case " + s.number() + " (id " + s.id() + "), unit " + s.unitId() + ", version "
                    + s.version());
            out.println("Kind: " + s.kind() + "   Status: " + s.status() + "   Channel: " + d.channel());
            out.println("Received: " + s.receivedOn() + "   Handler: "
                    + (s.handlerUserId() == null ? "-" : s.handlerUserId()));
            if (d.nextDue() != null) {
                out.println("Next: " + d.nextDue().step() + " by " + d.nextDue().dueDate() + " (" + s.dueState()
                        + ") under " + d.nextDue().ruleId() + ", " + printable(d.nextDue().citation()));
            }
            if (d.outcome() != null) {
                out.println("Outcome: " + d.outcome() + " on " + d.resolvedOn()
                        + (Boolean.TRUE.equals(d.resolvedLate()) ? " (late)" : ""));
            }
            for (PetitionerView p : d.petitioners()) {
                out.println("Petitioner " + (p.ordinal() + 1) + ": "
                        + (p.masked() ? "[protected]" : printable(p.person().fullName())));
            }
            out.println("Concerned: " + printable(d.summary().concerned()));
            out.println("Content: " + printable(shorten(d.content(), 500)));
            for (CaseStep step : d.timeline()) {
                out.println("  " + TIME.format(step.at()) + "  " + String.format(Locale.ROOT, "%-18s", step.action())
                        + " " + printable(step.actorLogin()) + "  -> " + step.toStatus());
            }
            d.attachments().forEach(a -> out.println("Attachment " + a.id() + ": " + printable(a.fileName()) + " ("
                    + a.mediaType() + ", " + a.size() + " bytes)"));
            out.println("You may: " + d.allowedActions());
        });
    }

    /** Stores a file as an attachment of a case ({@code case.intake}); the type is detected from the content. */
    public void attach(UserPrincipal user, String numberOrId, java.nio.file.Path file) {
        guarded(() -> {
            CaseSummary found = visible(user, numberOrId);
            if (found == null) {
                return;
            }
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                var a = cases.attach(user, found.id(), file.getFileName().toString(), in);
                out.println("Attachment " + a.id() + ": " + printable(a.fileName()) + " (" + a.mediaType() + ", "
                        + a.size() + " bytes, sha256 " + a.sha256() + ")");
            } catch (java.io.IOException e) {
                out.println("Refused: cannot read " + printable(file.toString()) + ": " + e.getMessage());
            }
        });
    }

    /**
     * Reveals the petitioners of a case ({@code case.unmask}): the reveal and its reason are audited before anything
     * is shown. Each attachment is then read back through the service (audited too) and its SHA-256 printed.
     */
    public void unmask(UserPrincipal user, String numberOrId, String reason) {
        guarded(() -> {
            CaseSummary found = visible(user, numberOrId);
            if (found == null) {
                return;
            }
            List<PersonData> people = cases.unmask(user, found.id(), reason);
            for (int i = 0; i < people.size(); i++) {
                PersonData p = people.get(i);
                out.println("Petitioner " + (i + 1) + ": " + printable(p.fullName()) + ", "
                        + printable(p.address()));
            }
            for (var a : cases.detail(user, found.id()).attachments()) {
                try (java.io.InputStream in = cases.openAttachment(user, found.id(), a.id(), reason)) {
                    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
                    long size = 0;
                    byte[] buffer = new byte[8192];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        sha.update(buffer, 0, n);
                        size += n;
                    }
                    out.println("Attachment " + a.id() + ": " + printable(a.fileName()) + " read back, " + size
                            + " bytes, sha256 " + java.util.HexFormat.of().formatHex(sha.digest()));
                } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                    out.println("Attachment " + a.id() + " cannot be read: " + e.getMessage());
                }
            }
        });
    }

    private CaseSummary visible(UserPrincipal user, String numberOrId) {
        CaseSummary found = cases.findByNumberOrId(user, numberOrId).orElse(null);
        if (found == null) {
            out.println("No case " + printable(numberOrId) + " among the cases you may see");
        }
        return found;
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                out.println("Refused: " + (violation.field() == null ? "" : violation.field() + ": ")
                        + translate(violation.messageKey(), violation.args().toArray()));
            }
        } catch (CaseConflictException e) {
            out.println("Refused: " + translate(e.messageKey()));
        }
    }

    private OrgUnitInfo unit(String code) {
        return directory.findByCode(code).orElseThrow(() -> ValidationException.of("unit",
                "case.error.unit.unknown", code));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.of(field, "case.error.console.choice", Set.of(type.getEnumConstants()));
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("received", "case.error.console.date");
        }
    }

    private String translate(String key, Object... args) {
        if (translator == null) {
            return key + " " + List.of(args);
        }
        return translator.translate(key, Locale.ENGLISH, args);
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

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
}
