package org.danvan.grassroots.api;

/**
 * An option put to the households, with its votes once counted.
 *
 * @param label what the option says
 * @param votes households in favour, {@code null} before the count
 */
public record MatterOption(String label, Integer votes) {
}
