package org.danvan.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.danvan.platform.api.audit.AuditEvent;
import org.danvan.platform.api.audit.AuditFilter;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/**
 * Refuses events and filters the trail cannot store or search faithfully: over-long or blank texts, control
 * characters in one-line fields, broken UTF-16 (a lone surrogate has no UTF-8 form, so it could not be hashed or
 * stored as given), ids that no record can have. Logins and details come from users, so this is input validation,
 * reported with translation keys.
 */
final class EventValidator {

    static final int ACTION_MAX = 128;
    static final int LOGIN_MAX = 255;
    static final int TARGET_TYPE_MAX = 64;
    static final int TARGET_ID_MAX = 128;
    static final int REMOTE_ADDRESS_MAX = 64;
    static final int DETAIL_KEY_MAX = 64;
    /** Encoded details; 4 bytes per character at most in UTF-8 keeps it inside MariaDB's 65,535-byte TEXT. */
    static final int DETAILS_MAX = 16_000;
    static final int PAGE_MAX = 1_000;

    static final String REQUIRED = "audit.validation.required";
    static final String TOO_LONG = "audit.validation.tooLong";
    static final String CONTROL_CHARACTER = "audit.validation.controlCharacter";
    static final String MALFORMED = "audit.validation.malformedText";
    static final String ACTION_FORMAT = "audit.validation.action.format";
    static final String ID_POSITIVE = "audit.validation.id.positive";
    static final String DETAIL_KEY_FORMAT = "audit.validation.detailKey.format";
    static final String DETAILS_TOO_LONG = "audit.validation.details.tooLong";
    static final String OFFSET_NEGATIVE = "audit.validation.offset.negative";
    static final String LIMIT_RANGE = "audit.validation.limit.range";

    /** Module prefix and at least one more dotted segment, e.g. {@code identity.login.failed}. */
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)+");
    /** Field names, e.g. {@code role}, {@code old.unitId}, {@code reason_code}. */
    private static final Pattern DETAIL_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private EventValidator() {
    }

    /** @throws ValidationException listing every problem of the event */
    static void check(AuditEvent event) {
        List<Violation> violations = new ArrayList<>();
        String action = event.action();
        if (action.isBlank()) {
            violations.add(Violation.of("action", REQUIRED));
        } else if (action.length() > ACTION_MAX) {
            violations.add(Violation.of("action", TOO_LONG, ACTION_MAX));
        } else if (!ACTION.matcher(action).matches()) {
            violations.add(Violation.of("action", ACTION_FORMAT));
        }
        if (event.actorLogin().isBlank()) {
            violations.add(Violation.of("actorLogin", REQUIRED));
        } else {
            line(violations, "actorLogin", event.actorLogin(), LOGIN_MAX);
        }
        positive(violations, "actorUserId", event.actorUserId());
        line(violations, "targetType", event.targetType(), TARGET_TYPE_MAX);
        line(violations, "targetId", event.targetId(), TARGET_ID_MAX);
        positive(violations, "unitId", event.unitId());
        line(violations, "remoteAddress", event.remoteAddress(), REMOTE_ADDRESS_MAX);
        for (Map.Entry<String, String> detail : event.details().entrySet()) {
            String key = detail.getKey();
            if (key.length() > DETAIL_KEY_MAX || !DETAIL_KEY.matcher(key).matches()) {
                violations.add(Violation.of("details", DETAIL_KEY_FORMAT, key.length() > DETAIL_KEY_MAX
                        ? key.substring(0, DETAIL_KEY_MAX) + "…" : key));
            }
            String value = detail.getValue();
            if (!wellFormed(value)) {
                violations.add(Violation.of("details." + key, MALFORMED));
            } else if (hasControlCharacter(value, true)) {
                violations.add(Violation.of("details." + key, CONTROL_CHARACTER));
            }
        }
        if (violations.isEmpty() && DetailsCodec.encode(event.details()).length() > DETAILS_MAX) {
            violations.add(Violation.of("details", DETAILS_TOO_LONG, DETAILS_MAX));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** @throws ValidationException for a negative offset, a limit out of 1..{@value #PAGE_MAX} or a bad filter */
    static void check(AuditFilter filter, int offset, int limit) {
        List<Violation> violations = new ArrayList<>();
        if (offset < 0) {
            violations.add(Violation.of("offset", OFFSET_NEGATIVE));
        }
        if (limit < 1 || limit > PAGE_MAX) {
            violations.add(Violation.of("limit", LIMIT_RANGE, 1, PAGE_MAX));
        }
        check(filter, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** @throws ValidationException for a filter no stored entry could match because it cannot be stored */
    static void check(AuditFilter filter) {
        List<Violation> violations = new ArrayList<>();
        check(filter, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static void check(AuditFilter filter, List<Violation> violations) {
        line(violations, "actionPrefix", filter.actionPrefix(), ACTION_MAX);
        line(violations, "actorLogin", filter.actorLogin(), LOGIN_MAX);
        line(violations, "targetType", filter.targetType(), TARGET_TYPE_MAX);
        line(violations, "targetId", filter.targetId(), TARGET_ID_MAX);
    }

    private static void line(List<Violation> violations, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            violations.add(Violation.of(field, TOO_LONG, max));
        } else if (!wellFormed(value)) {
            violations.add(Violation.of(field, MALFORMED));
        } else if (hasControlCharacter(value, false)) {
            violations.add(Violation.of(field, CONTROL_CHARACTER));
        }
    }

    private static void positive(List<Violation> violations, String field, Long id) {
        if (id != null && id <= 0) {
            violations.add(Violation.of(field, ID_POSITIVE));
        }
    }

    /** Whether every surrogate is paired, i.e. the text has a UTF-8 form. */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** C0 controls, DEL and C1 controls; multi-line texts (details) may hold line breaks and tabs. */
    private static boolean hasControlCharacter(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
            if ((c < 0x20 || (c >= 0x7f && c <= 0x9f)) && !allowed) {
                return true;
            }
        }
        return false;
    }
}
