package org.danvan.dissemination.api;

import java.time.LocalDate;

/** A recorded dissemination session. */
public record Session(long id, long version, long documentId, long unitId, LocalDate heldOn, SessionForm form,
        String presenter, int present, int members) {
}
