package org.danvan.grassroots.api;

/** Whom a staff aspiration is forwarded to for an answer. */
public enum AspirationRecipient {
    /** The agency's Party committee. */
    PARTY_COMMITTEE,
    /** The head of the agency. */
    HEAD
}
