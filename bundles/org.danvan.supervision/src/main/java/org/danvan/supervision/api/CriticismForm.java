package org.danvan.supervision.api;

/** How a draft is criticised (Law 75/2015/QH13): a criticism conference, written opinions, a direct dialogue. */
public enum CriticismForm {
    CONFERENCE, WRITTEN, DIALOGUE
}
