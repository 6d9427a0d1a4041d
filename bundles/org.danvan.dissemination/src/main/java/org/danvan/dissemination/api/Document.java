package org.danvan.dissemination.api;

import java.time.LocalDate;
import java.util.List;

/** A document to disseminate, with the units that must disseminate it (fixed when it is saved). */
public record Document(long id, long version, long unitId, DocumentKind kind, String number, LocalDate issuedOn,
        String issuer, String title, String summary, LocalDate dueOn, List<Long> targetUnitIds) {

    public Document {
        targetUnitIds = List.copyOf(targetUnitIds);
    }
}
