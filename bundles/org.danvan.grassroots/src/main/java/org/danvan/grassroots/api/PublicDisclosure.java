package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A disclosure as a citizen sees it on the commune's public page: public facts only (no author, no flags).
 *
 * @param group the item of art. 11
 * @param title what is disclosed
 * @param decisionRef the decision, or {@code null}
 * @param decidedOn the day of the decision
 * @param summary or {@code null}
 * @param unitName the commune or village that discloses
 * @param forms the forms it runs in today
 */
public record PublicDisclosure(int group, String title, String decisionRef, LocalDate decidedOn, String summary,
        String unitName, List<DisclosureForm> forms) {

    public PublicDisclosure {
        forms = List.copyOf(forms);
    }
}
