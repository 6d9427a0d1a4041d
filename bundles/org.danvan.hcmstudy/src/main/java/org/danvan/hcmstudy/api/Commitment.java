package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.List;

/** A person's commitment for a year, with their self-reviews and the head's assessment. */
public record Commitment(long id, long version, long unitId, long memberId, String memberName, int year,
        List<String> behaviours, String freeText, LocalDate registeredOn, String midYearReview, LocalDate midYearOn,
        String yearEndReview, LocalDate yearEndOn, Classification classification, String assessment,
        LocalDate assessedOn) {

    public Commitment {
        behaviours = List.copyOf(behaviours);
    }

    public boolean reviewed(ReviewStage stage) {
        return stage == ReviewStage.MID_YEAR ? midYearOn != null : yearEndOn != null;
    }
}
