package org.danvan.cases.api;

import java.time.LocalDate;

/**
 * A dialogue held in the resolution of a complaint (Law 02/2011/QH13 arts. 30 and 39: the resolver meets the
 * complainant, the person complained against and the persons concerned when the verification differs from the
 * complaint) and the notice sent before it: from 1 July 2026 the parties are told at least the days of the rule
 * {@code complaint.dialogue.notice} before (Decree 155/2026/NĐ-CP, [verify]).
 *
 * @param heldOn the day the dialogue was held, not in the future and not before the acceptance
 * @param noticeSentOn the day the notice of the dialogue was sent to the parties, not after {@code heldOn}
 * @param participants who took part (names and capacities), required
 * @param content the record of the dialogue: what was discussed, each side's opinion, what was agreed, required
 * @since 1.4
 */
public record ComplaintDialogue(LocalDate heldOn, LocalDate noticeSentOn, String participants, String content) {
}
