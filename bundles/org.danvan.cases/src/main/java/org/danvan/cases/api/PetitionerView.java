package org.danvan.cases.api;

/**
 * A petitioner as a handler sees them. For a denunciation every identity field is masked ({@code masked = true},
 * fields {@code null} except a placeholder name); {@link CaseService#unmask} returns the clear data.
 *
 * @param ordinal position among the petitioners, from 0
 * @param masked whether the identity is withheld
 * @param person the identity, or a placeholder when masked
 */
public record PetitionerView(int ordinal, boolean masked, PersonData person) {
}
