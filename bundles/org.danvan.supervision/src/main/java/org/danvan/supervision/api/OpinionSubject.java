package org.danvan.supervision.api;

/** What an opinion of the people is about: building the Party, or building the government. */
public enum OpinionSubject {
    PARTY, GOVERNMENT
}
