package org.danvan.identity.api;

import java.time.LocalDate;

/**
 * The fields of a unit to create.
 *
 * @param code official code, unique, 1–32 characters of letters, digits, '-', '_' or '.'
 * @param name Vietnamese name, 1–255 characters
 * @param kind one of {@link org.danvan.platform.api.org.OrgUnitKinds}, allowed under the parent's kind
 * @param parentCode code of the parent unit, {@code null} only for a province
 * @param validFrom first day of existence
 */
public record NewUnit(String code, String name, String kind, String parentCode, LocalDate validFrom) {
}
