package org.danvan.emulation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.danvan.emulation.api.EvaluationCriterion;
import org.danvan.emulation.api.Recipient;

/** The year-end criteria sets per unit kind and recipient (criteria/evaluation-criteria.csv). */
final class EvaluationCriteria {

    static final String RESOURCE = "criteria/evaluation-criteria.csv";

    private final List<EvaluationCriterion> rows;

    private EvaluationCriteria(List<EvaluationCriterion> rows) {
        this.rows = rows;
    }

    static EvaluationCriteria load() {
        return parse(DataFiles.lines(RESOURCE));
    }

    static EvaluationCriteria parse(List<String> lines) {
        List<EvaluationCriterion> rows = DataFiles.rows(RESOURCE, lines, 6, f -> {
            Set<String> kinds = f[0].equals("*") ? Set.of() : Set.of(f[0].split(" +"));
            if (!f[2].matches("[A-Z][A-Z0-9_]*") || Integer.parseInt(f[3]) < 1) {
                throw new IllegalArgumentException("bad code or max_points");
            }
            List<String> evidence = f[4].equals("-") ? List.of() : List.of(f[4].split(" +"));
            return new EvaluationCriterion(kinds, Recipient.valueOf(f[1]), f[2], Integer.parseInt(f[3]), evidence,
                    f[5]);
        });
        for (Recipient recipient : Recipient.values()) {
            Set<String> seen = new HashSet<>();
            rows.stream().filter(r -> r.recipient() == recipient && r.unitKinds().isEmpty()).forEach(r -> {
                if (!seen.add(r.code())) {
                    throw new IllegalStateException(RESOURCE + ": " + r.code() + " twice in the * set of " + recipient);
                }
            });
            if (seen.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": no * set for " + recipient);
            }
        }
        return new EvaluationCriteria(List.copyOf(rows));
    }

    /** The set of a unit kind and recipient: the rows naming the kind, else the * rows. */
    List<EvaluationCriterion> setFor(String unitKind, Recipient recipient) {
        List<EvaluationCriterion> own = new ArrayList<>();
        List<EvaluationCriterion> fallback = new ArrayList<>();
        for (EvaluationCriterion row : rows) {
            if (row.recipient() != recipient) {
                continue;
            }
            if (row.unitKinds().contains(unitKind)) {
                own.add(row);
            } else if (row.unitKinds().isEmpty()) {
                fallback.add(row);
            }
        }
        return own.isEmpty() ? fallback : own;
    }
}
