package org.danvan.supervision.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The social criticism of a draft: the draft, the conference, the opinions and, for each, the drafting body's
 * explanation of what it took and why.
 *
 * @param conferenceOn the day of the conference or dialogue (or of gathering the written opinions), once held
 * @param sentOn the day the criticism was sent to the drafting body
 */
public record Criticism(long id, long version, long unitId, String unitName, String draftTitle, String draftingBody,
        Long draftingUnitId, CriticismForm form, LocalDate receivedOn, LocalDate conferenceOn,
        String conferenceSummary, LocalDate sentOn, CriticismState state, List<Opinion> opinions) {

    public Criticism {
        opinions = List.copyOf(opinions);
    }

    /** Opinions the drafting body took, fully or partly. */
    public long taken() {
        return opinions.stream().filter(o -> o.decision() == OpinionDecision.TAKEN
                || o.decision() == OpinionDecision.PARTLY_TAKEN).count();
    }

    /**
     * An opinion of the criticism and the drafting body's answer to it.
     *
     * @param decision what the drafting body did with it; {@code null} until it explains
     * @param explanation why, in the drafting body's words
     */
    public record Opinion(long id, long version, String author, String content, OpinionDecision decision,
            String explanation) {
    }
}
