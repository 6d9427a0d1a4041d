package org.danvan.emulation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.danvan.emulation.api.ModelDraft;
import org.danvan.emulation.api.Recipient;
import org.danvan.emulation.api.Recognition;
import org.danvan.emulation.api.RegistrationDraft;
import org.danvan.platform.api.validation.Violation;

/** The refusals of an input that need nothing but the input and today; each at its field. */
final class Inputs {

    static final String DAY_FUTURE = "emulation.validation.decision.future";

    private Inputs() {
    }

    static List<Violation> model(ModelDraft draft, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (draft.owner() == null) {
            problems.add(Violation.of("owner", ModelDraft.REQUIRED));
        }
        text(problems, "ownerName", draft.ownerName(), ModelDraft.NAME_MAX, true);
        text(problems, "name", draft.name(), ModelDraft.NAME_MAX, true);
        if (draft.domain() == null) {
            problems.add(Violation.of("domain", ModelDraft.REQUIRED));
        }
        text(problems, "address", draft.address(), ModelDraft.NAME_MAX, true);
        text(problems, "launchingBody", draft.launchingBody(), ModelDraft.NAME_MAX, true);
        if (draft.startedOn() == null) {
            problems.add(Violation.of("startedOn", ModelDraft.REQUIRED));
        } else if (draft.startedOn().isAfter(today)) {
            problems.add(Violation.of("startedOn", ModelDraft.STARTED_FUTURE));
        }
        if (draft.peopleMobilised() < 1) {
            problems.add(Violation.of("peopleMobilised", ModelDraft.PEOPLE));
        }
        text(problems, "results", draft.results(), ModelDraft.TEXT_MAX, true);
        text(problems, "documents", draft.documents(), ModelDraft.TEXT_MAX, false);
        return problems;
    }

    static List<Violation> registration(RegistrationDraft draft, int currentYear) {
        List<Violation> problems = new ArrayList<>();
        if (draft.year() < currentYear - 1 || draft.year() > currentYear + 1) {
            problems.add(Violation.of("year", RegistrationDraft.YEAR, currentYear - 1, currentYear + 1));
        }
        if (draft.recipient() == null) {
            problems.add(Violation.of("recipient", ModelDraft.REQUIRED));
        }
        if (draft.recipient() == Recipient.INDIVIDUAL) {
            text(problems, "candidateName", draft.candidateName(), ModelDraft.NAME_MAX, true);
        }
        text(problems, "targetTitle", draft.targetTitle(), ModelDraft.NAME_MAX, true);
        text(problems, "targets", draft.targets(), ModelDraft.TEXT_MAX, true);
        return problems;
    }

    static List<Violation> decision(Recognition decision, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        text(problems, "number", decision.number(), Recognition.NUMBER_MAX, true);
        text(problems, "signer", decision.signer(), ModelDraft.NAME_MAX, true);
        if (decision.decidedOn() == null) {
            problems.add(Violation.of("decidedOn", ModelDraft.REQUIRED));
        } else if (decision.decidedOn().isAfter(today)) {
            problems.add(Violation.of("decidedOn", DAY_FUTURE));
        }
        return problems;
    }

    /** A text input: required or not, at most {@code max} characters once stripped. */
    static void text(List<Violation> problems, String field, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (required && v.isEmpty()) {
            problems.add(Violation.of(field, ModelDraft.REQUIRED));
        } else if (v.length() > max) {
            problems.add(Violation.of(field, ModelDraft.TOO_LONG, max));
        }
    }
}
