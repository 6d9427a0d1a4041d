package org.danvan.identity.api;

import java.util.List;

import org.danvan.platform.api.validation.Violation;

/**
 * Outcome of a CSV import of units. Either every line was stored or none was.
 *
 * @param linesRead data lines read (header excluded)
 * @param unitsCreated units stored; 0 when any line was refused
 * @param errors refused lines: each violation's {@code field} is {@code "line N"} or {@code "line N: column"}
 */
public record UnitImportReport(int linesRead, int unitsCreated, List<LineError> errors) {

    /** A problem in one line. */
    public record LineError(int line, Violation violation) {
    }

    public UnitImportReport {
        errors = List.copyOf(errors);
    }

    /** Whether the import was stored. */
    public boolean accepted() {
        return errors.isEmpty();
    }
}
