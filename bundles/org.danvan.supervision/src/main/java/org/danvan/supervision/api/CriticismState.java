package org.danvan.supervision.api;

/**
 * The steps of the social criticism of a draft: received, conference (or dialogue) held, the criticism sent to the
 * drafting body, each opinion explained by it (what it took and why).
 */
public enum CriticismState {
    RECEIVED, CONFERENCE_HELD, SENT, EXPLAINED
}
