package org.danvan.emulation.api;

/**
 * One criterion of the "Dân vận khéo" movement as the data file lists it (criteria/model-criteria.csv).
 *
 * @param code the criterion's id; its label is the translation key {@code emulation.model.criterion.<code>}
 * @param maxPoints the most points a council member may give
 * @param citation where the criterion comes from, in Vietnamese
 */
public record ModelCriterion(String code, int maxPoints, String citation) {

    public String labelKey() {
        return "emulation.model.criterion." + code;
    }
}
