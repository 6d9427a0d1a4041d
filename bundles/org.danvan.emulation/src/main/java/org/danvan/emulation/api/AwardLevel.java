package org.danvan.emulation.api;

/**
 * The level of the authority that awards a title or form: the commune chair, the province chair, the State. The
 * level of a unit follows its kind: a province is {@code PROVINCE}; a commune, ward or special zone is
 * {@code COMMUNE}; any other unit (an agency, a mass organisation) takes the level of the nearest of these above it.
 * The label is the translation key {@code emulation.level.<NAME>}.
 */
public enum AwardLevel {
    COMMUNE, PROVINCE, NATIONAL
}
