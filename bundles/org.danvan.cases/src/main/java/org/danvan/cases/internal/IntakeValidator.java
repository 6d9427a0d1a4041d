package org.danvan.cases.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.api.validation.Violation;

/** Checks an intake before anything is stored; collects every violation, in input order. */
final class IntakeValidator {

    static final int MAX_CONTENT = 20_000;
    static final int MAX_PETITIONERS = 50;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,20}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{6,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}");
    private static final Pattern SOURCE_TYPE = Pattern.compile("[a-z][a-z0-9.-]{0,31}");

    private IntakeValidator() {
    }

    static void check(IntakeRequest request, OrgUnitDirectory directory, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (directory.find(request.unitId()).isEmpty()) {
            violations.add(Violation.of("unitId", "case.error.unit.unknown", request.unitId()));
        }
        if (request.kind() == null) {
            violations.add(Violation.of("kind", "case.error.required"));
        }
        if (request.channel() == null) {
            violations.add(Violation.of("channel", "case.error.required"));
        } else if (isForwarded(request.channel()) && blank(request.forwardedBy())) {
            violations.add(Violation.of("forwardedBy", "case.error.forwarded-by.required"));
        }
        length(violations, "forwardedBy", request.forwardedBy(), 255);
        if (request.petitioners().size() > MAX_PETITIONERS) {
            violations.add(Violation.of("petitioners", "case.error.petitioners.too-many", MAX_PETITIONERS));
        }
        boolean anonymousAllowed = request.kind() != null && request.kind().protectsIdentity();
        if (request.petitioners().isEmpty() && !anonymousAllowed) {
            violations.add(Violation.of("petitioners", "case.error.petitioners.required"));
        }
        for (int i = 0; i < request.petitioners().size(); i++) {
            person(violations, "petitioners[" + i + "].", request.petitioners().get(i));
        }
        if (request.peopleCount() < 1 || request.peopleCount() > 100_000) {
            violations.add(Violation.of("peopleCount", "case.error.people-count"));
        } else if (request.group() && request.peopleCount() < 2) {
            violations.add(Violation.of("peopleCount", "case.error.people-count.group"));
        }
        length(violations, "concerned", request.concerned(), 500);
        if (blank(request.content())) {
            violations.add(Violation.of("content", "case.error.required"));
        } else {
            length(violations, "content", request.content(), MAX_CONTENT);
        }
        receivedOn(violations, request.receivedOn(), today);
        if ((request.sourceType() == null) != (request.sourceId() == null)) {
            violations.add(Violation.of("sourceId", "case.error.source.incomplete"));
        } else if (request.sourceType() != null && (!SOURCE_TYPE.matcher(request.sourceType()).matches()
                || blank(request.sourceId()) || request.sourceId().length() > 64)) {
            violations.add(Violation.of("sourceId", "case.error.source.invalid"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    static void receivedOn(List<Violation> violations, LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            violations.add(Violation.of("receivedOn", "case.error.required"));
        } else if (receivedOn.isAfter(today)) {
            violations.add(Violation.of("receivedOn", "case.error.date.future"));
        } else if (receivedOn.isBefore(today.minusYears(5))) {
            violations.add(Violation.of("receivedOn", "case.error.date.too-old"));
        }
    }

    private static void person(List<Violation> violations, String prefix, PersonData person) {
        if (person == null) {
            violations.add(Violation.of(prefix + "fullName", "case.error.required"));
            return;
        }
        if (blank(person.fullName())) {
            violations.add(Violation.of(prefix + "fullName", "case.error.required"));
        }
        length(violations, prefix + "fullName", person.fullName(), 200);
        length(violations, prefix + "address", person.address(), 500);
        if (!blank(person.idNumber()) && !ID_NUMBER.matcher(person.idNumber().strip()).matches()) {
            violations.add(Violation.of(prefix + "idNumber", "case.error.id-number"));
        }
        if (!blank(person.phone()) && !PHONE.matcher(person.phone().strip()).matches()) {
            violations.add(Violation.of(prefix + "phone", "case.error.phone"));
        }
        if (!blank(person.email()) && !EMAIL.matcher(person.email().strip()).matches()) {
            violations.add(Violation.of(prefix + "email", "case.error.email"));
        }
        length(violations, prefix + "identityNotes", person.identityNotes(), 2000);
    }

    static void length(List<Violation> violations, String field, String value, int max) {
        if (value != null && value.length() > max) {
            violations.add(Violation.of(field, "case.error.too-long", max));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isForwarded(Channel channel) {
        return channel == Channel.FORWARDED_BY_BODY || channel == Channel.FORWARDED_BY_DEPUTY
                || channel == Channel.FORWARDED_BY_FRONT;
    }
}
