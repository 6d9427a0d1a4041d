package org.danvan.hcmstudy.api;

/**
 * A behaviour a person may commit to follow, from the module's list (data, not code).
 *
 * @param id stable id, e.g. {@code mass.close-to-people}
 * @param labelKey its translation key
 * @param group the group: {@code all} (everyone), {@code leader} (leading posts), {@code mass} (mass-mobilisation:
 *            "gần dân, trọng dân, hiểu dân, học dân, có trách nhiệm với dân")
 */
public record Behaviour(String id, String labelKey, String group) {

    /** Whether the behaviour applies to a person with or without a leading post. */
    public boolean appliesTo(boolean leader) {
        return !"leader".equals(group) || leader;
    }
}
