package org.danvan.dissemination.api;

import java.util.List;

/** A document with the coverage of each of its target units (as far as the reader may see them). */
public record DocumentProgress(Document document, List<UnitCoverage> units) {

    public DocumentProgress {
        units = List.copyOf(units);
    }

    /** The target units with no session yet. */
    public List<UnitCoverage> notDone() {
        return units.stream().filter(u -> !u.done()).toList();
    }

    /** The people reached over the members targeted, all units together; 0 before any session. */
    public double coverage() {
        long members = units.stream().mapToLong(UnitCoverage::members).sum();
        return members == 0 ? 0 : (double) units.stream().mapToLong(UnitCoverage::reached).sum() / members;
    }
}
