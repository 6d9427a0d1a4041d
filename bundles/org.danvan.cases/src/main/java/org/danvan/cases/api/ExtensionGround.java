package org.danvan.cases.api;

/**
 * The grounds on which the classification of a denunciation may be extended from 7 to at most 10 working days (Law
 * 25/2018/QH14 art. 24): one of them must be recorded. The label is the translation key
 * {@code case.extension.ground.<name>}.
 *
 * @since 1.1
 */
public enum ExtensionGround {
    /** The contents must be checked and verified at several places. */
    SEVERAL_PLACES,
    /** Another body must be entrusted with the checking and verification. */
    OTHER_BODY_VERIFIES;

    /** Translation key of the label. */
    public String labelKey() {
        return "case.extension.ground." + name();
    }
}
