package org.danvan.grassroots.api;

import java.time.LocalDate;

/**
 * A consultation as a citizen sees it on the commune's public page.
 *
 * @param id to comment on it
 * @param title the matter
 * @param draft the draft or its summary
 * @param closesOn last day of comments
 * @param open whether comments are taken today
 * @param explanation the published explanation, or {@code null}
 */
public record PublicConsultation(long id, String title, String draft, LocalDate closesOn, boolean open,
        String explanation) {
}
