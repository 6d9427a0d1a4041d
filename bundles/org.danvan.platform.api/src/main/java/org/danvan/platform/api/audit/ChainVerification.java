package org.danvan.platform.api.audit;

/**
 * Result of checking the audit chain.
 *
 * @param entriesChecked how many entries were read
 * @param intact true when every entry's hash matches its content and its predecessor and no sequence is missing
 * @param firstBrokenSequence the first entry that fails, or {@code null} when intact
 * @param problem a short English description of the first failure (for logs and the console), {@code null} when
 *            intact
 */
public record ChainVerification(long entriesChecked, boolean intact, Long firstBrokenSequence, String problem) {
}
