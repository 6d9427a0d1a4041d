package org.danvan.emulation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.danvan.emulation.api.ModelCriterion;

/** The criteria of the "Dân vận khéo" movement as the bundle's data file lists them (criteria/model-criteria.csv). */
final class ModelCriteria {

    static final String RESOURCE = "criteria/model-criteria.csv";

    private ModelCriteria() {
    }

    static List<ModelCriterion> load() {
        List<ModelCriterion> criteria = DataFiles.rows(RESOURCE, DataFiles.lines(RESOURCE), 3, f -> {
            if (!f[0].matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalArgumentException("bad code " + f[0]);
            }
            int max = Integer.parseInt(f[1]);
            if (max < 1) {
                throw new IllegalArgumentException("max_points must be positive");
            }
            return new ModelCriterion(f[0], max, f[2]);
        });
        Set<String> codes = new HashSet<>();
        if (criteria.isEmpty() || !criteria.stream().allMatch(c -> codes.add(c.code()))) {
            throw new IllegalStateException(RESOURCE + ": no criteria, or a code twice");
        }
        return List.copyOf(criteria);
    }
}
