package org.danvan.citizen.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.OnlineIntake;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.cases.api.OnlineSubmission;
import org.danvan.cases.api.PersonData;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * What stands between the public form and the case engine, in this order: the proof of work, the rate limit of the
 * client address, the form's own checks (consent, contact, anonymity only for a denunciation), the same text sent
 * again, then the engine's intake on the electronic channel with the legal day of receipt.
 */
final class OnlineSubmissionDesk {

    /** The kinds a citizen may choose online, in the order shown. */
    static final List<CaseKind> KINDS = List.of(CaseKind.COMPLAINT_FIRST, CaseKind.DENUNCIATION,
            CaseKind.RECOMMENDATION, CaseKind.REFLECTION, CaseKind.INFO_REQUEST_ELECTRONIC);

    /** The plain-language help on when a kind fits. */
    static String helpKey(CaseKind kind) {
        return switch (kind) {
        case COMPLAINT_FIRST -> "citizen.online.kind.help.complaint";
        case DENUNCIATION -> "citizen.online.kind.help.denunciation";
        case RECOMMENDATION -> "citizen.online.kind.help.recommendation";
        case REFLECTION -> "citizen.online.kind.help.reflection";
        case INFO_REQUEST_ELECTRONIC -> "citizen.online.kind.help.information";
        default -> throw new IllegalArgumentException("not offered online: " + kind);
        };
    }

    /**
     * What the citizen typed.
     *
     * @param milestoneMails whether the citizen asks for the milestones by e-mail (only with an e-mail)
     * @param language the language of the form (vi, en, fr), that of the mails
     */
    record Form(long unitId, CaseKind kind, boolean anonymous, String fullName, String phone, String email,
            String address, String content, boolean consent, List<OnlineSubmission.OnlineFile> files,
            boolean milestoneMails, String language) {

        /** A form without milestone mails, in Vietnamese. */
        Form(long unitId, CaseKind kind, boolean anonymous, String fullName, String phone, String email,
                String address, String content, boolean consent, List<OnlineSubmission.OnlineFile> files) {
            this(unitId, kind, anonymous, fullName, phone, email, address, content, consent, files, false, "vi");
        }
    }

    private final OnlineIntake intake;
    private final OrgUnitDirectory units;
    private final List<String> unitCodes;
    private final LookupLimiter limiter;
    private final RecentSubmissions recent;
    private final ReceivedDay receivedDay;
    private final Clock clock;
    private final String consentVersion;

    OnlineSubmissionDesk(OnlineIntake intake, OrgUnitDirectory units, String unitCodes, LookupLimiter limiter,
            RecentSubmissions recent, ReceivedDay receivedDay, Clock clock, String consentVersion) {
        this.intake = intake;
        this.units = units;
        this.unitCodes = Arrays.stream(unitCodes == null ? new String[0] : unitCodes.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        this.limiter = limiter;
        this.recent = recent;
        this.receivedDay = receivedDay;
        this.clock = clock;
        this.consentVersion = consentVersion;
    }

    /** The units that accept online submissions and exist, by name. */
    Map<Long, String> openUnits() {
        Map<Long, String> open = new LinkedHashMap<>();
        for (String code : unitCodes) {
            units.findByCode(code).ifPresent(unit -> open.put(unit.id(), unit.name()));
        }
        return open;
    }

    /** The open unit with a code, for the form's address {@code ?xa=<code>}. */
    Optional<OrgUnitInfo> openUnit(String code) {
        return unitCodes.contains(code) ? units.findByCode(code) : Optional.empty();
    }

    String consentVersion() {
        return consentVersion;
    }

    /**
     * Records the submission.
     *
     * @throws ValidationException with translation keys: {@code citizen.online.error.*} for the desk's own refusals,
     *             the engine's {@code case.error.*} otherwise
     */
    OnlineReceipt submit(String limiterKey, ProofOfWork proof, String nonce, Form form) {
        if (proof == null || !proof.accept(nonce)) {
            throw ValidationException.of(null, "citizen.online.error.proof");
        }
        LookupLimiter.Admission admission = limiter.admit(limiterKey);
        if (!admission.granted()) {
            throw ValidationException.of(null, "citizen.online.error.tooMany",
                    Math.max(1, admission.retryAfterSeconds() / 60));
        }
        List<Violation> violations = new ArrayList<>();
        if (!openUnits().containsKey(form.unitId())) {
            violations.add(Violation.of("unit", "citizen.online.error.unit"));
        }
        if (form.kind() == null || !KINDS.contains(form.kind())) {
            violations.add(Violation.of("kind", "citizen.online.error.kind"));
        }
        boolean anonymous = form.anonymous() && form.kind() == CaseKind.DENUNCIATION;
        if (form.anonymous() && form.kind() != CaseKind.DENUNCIATION) {
            violations.add(Violation.of("anonymous", "citizen.online.error.anonymous"));
        }
        if (!anonymous) {
            if (blank(form.fullName())) {
                violations.add(Violation.of("fullName", "citizen.online.error.name"));
            }
            if (blank(form.phone()) && blank(form.email())) {
                violations.add(Violation.of("phone", "citizen.online.error.contact"));
            }
        }
        if (blank(form.content()) || form.content().strip().length() < 20) {
            violations.add(Violation.of("content", "citizen.online.error.content", 20));
        }
        if (!form.consent()) {
            violations.add(Violation.of("consent", "citizen.online.error.consent"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (recent.seenRecently(form.unitId(), form.content())) {
            throw ValidationException.of("content", "citizen.online.error.duplicate");
        }
        PersonData petitioner = anonymous ? null
                : new PersonData(form.fullName().strip(), strip(form.address()), null, strip(form.phone()),
                        strip(form.email()), null);
        // an anonymous denouncer has no address; without an address there is nothing to send to
        boolean mails = form.milestoneMails() && petitioner != null && petitioner.email() != null;
        OnlineReceipt receipt = intake.submit(new OnlineSubmission(form.unitId(), form.kind(), petitioner,
                form.content().strip(), receivedDay.of(clock.instant()), consentVersion, form.files(),
                form.language(), mails));
        recent.remember(form.unitId(), form.content());
        return receipt;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
