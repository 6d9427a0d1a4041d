package org.danvan.emulation.api;

import java.util.List;
import java.util.Objects;

/**
 * One prerequisite of a title: met when any of its alternatives is.
 *
 * @param alternatives at least one
 */
public record Requirement(List<Alternative> alternatives) {

    public Requirement {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("a requirement without alternatives");
        }
    }

    /** The requirement as the data file writes it, e.g. {@code INITIATIVE|EXCELLENT}. */
    public String code() {
        return String.join("|", alternatives.stream().map(Alternative::code).toList());
    }

    /**
     * A title held in each of the {@code years} years ending with the proposal's year, or (title {@code null}) an
     * achievement of the proposal's year.
     */
    public record Alternative(String titleCode, int years, Achievement achievement) {

        public Alternative {
            if ((titleCode == null) == (achievement == null) || titleCode != null && years < 1) {
                throw new IllegalArgumentException("a title with its years, or an achievement");
            }
        }

        public static Alternative title(String code, int years) {
            return new Alternative(Objects.requireNonNull(code, "code"), years, null);
        }

        public static Alternative achievement(Achievement achievement) {
            return new Alternative(null, 0, Objects.requireNonNull(achievement, "achievement"));
        }

        /** As the data file writes it: {@code LDTT}, {@code CSTD_CO_SO*3}, {@code INITIATIVE}. */
        public String code() {
            return achievement != null ? achievement.name() : years == 1 ? titleCode : titleCode + "*" + years;
        }
    }
}
