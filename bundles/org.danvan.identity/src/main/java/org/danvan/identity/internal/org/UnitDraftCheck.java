package org.danvan.identity.internal.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.danvan.identity.api.NewUnit;
import org.danvan.platform.api.validation.Violation;

/** The rules of {@link NewUnit}, shared by single creation, merge and split successors, and the CSV import. */
final class UnitDraftCheck {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    static final int MAX_NAME = 255;

    /** What the check needs to know about a prospective parent. */
    record ParentRef(long idOrLine, String kind, boolean current) {
    }

    private UnitDraftCheck() {
    }

    /**
     * The violations of a draft.
     *
     * @param field prefix of the violation fields, e.g. {@code "successors[1]."} or {@code "line 4: "}
     * @param parents parent look-up by code (existing units and, during an import, earlier lines)
     * @param codeTaken whether a code is used already
     * @param requireValidFrom false when the caller supplies the date
     */
    static List<Violation> check(NewUnit unit, String field, Function<String, Optional<ParentRef>> parents,
            Function<String, Optional<Violation>> codeTaken, boolean requireValidFrom) {
        List<Violation> violations = new ArrayList<>();
        String code = unit.code() == null ? "" : unit.code().strip();
        if (!CODE.matcher(code).matches()) {
            violations.add(Violation.of(field + "code", "identity.unit.code.invalid"));
        } else {
            codeTaken.apply(code).ifPresent(violations::add);
        }
        String name = unit.name() == null ? "" : unit.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            violations.add(Violation.of(field + "name", "identity.unit.name.invalid"));
        }
        String kind = unit.kind() == null ? "" : unit.kind().strip();
        boolean kindKnown = UnitKindRules.isKnown(kind);
        if (!kindKnown) {
            violations.add(Violation.of(field + "kind", "identity.unit.kind.invalid", kind));
        }
        String parentCode = unit.parentCode() == null || unit.parentCode().isBlank() ? null
                : unit.parentCode().strip();
        if (kindKnown && UnitKindRules.isRoot(kind)) {
            if (parentCode != null) {
                violations.add(Violation.of(field + "parent_code", "identity.unit.parent.forbidden"));
            }
        } else if (parentCode == null) {
            if (kindKnown) {
                violations.add(Violation.of(field + "parent_code", "identity.unit.parent.required"));
            }
        } else {
            Optional<ParentRef> parent = parents.apply(parentCode);
            if (parent.isEmpty()) {
                violations.add(Violation.of(field + "parent_code", "identity.unit.parent.unknown", parentCode));
            } else if (!parent.get().current()) {
                violations.add(Violation.of(field + "parent_code", "identity.unit.parent.retired", parentCode));
            } else if (kindKnown && !UnitKindRules.allowedUnder(kind, parent.get().kind())) {
                violations.add(Violation.of(field + "parent_code", "identity.unit.parent.not-allowed", kind,
                        parent.get().kind()));
            }
        }
        if (requireValidFrom && unit.validFrom() == null) {
            violations.add(Violation.of(field + "valid_from", "identity.unit.valid-from.required"));
        }
        return violations;
    }

    /** A look-up of existing units by code, from the snapshot. */
    static Function<String, Optional<ParentRef>> existing(OrgUnitSnapshot snapshot) {
        return code -> snapshot.findByCode(code).map(u -> new ParentRef(u.id(), u.kind(), u.isCurrent()));
    }

    /** "Code taken" against the snapshot. */
    static Function<String, Optional<Violation>> takenIn(OrgUnitSnapshot snapshot, String field) {
        return code -> snapshot.findByCode(code)
                .map(u -> Violation.of(field + "code", "identity.unit.code.taken", code));
    }
}
