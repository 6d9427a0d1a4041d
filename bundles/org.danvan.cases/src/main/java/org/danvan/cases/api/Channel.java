package org.danvan.cases.api;

/** How a case reached the receiving unit. The label is the translation key {@code case.channel.<name>}. */
public enum Channel {
    /** In person at the citizen reception office (also: a reception-book entry). */
    RECEPTION_OFFICE,
    /** By post. */
    POST,
    /** Online (portal, e-mail). */
    ONLINE,
    /** Forwarded by another body. */
    FORWARDED_BY_BODY,
    /** Forwarded by a deputy of the National Assembly or the People's Council. */
    FORWARDED_BY_DEPUTY,
    /** Forwarded by the Fatherland Front. */
    FORWARDED_BY_FRONT;

    /** Translation key of the label. */
    public String labelKey() {
        return "case.channel." + name();
    }
}
