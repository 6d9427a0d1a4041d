package org.danvan.dissemination.api;

/** How a session reached people: a conference, a meeting, the loudspeakers or radio, online, leaflets. */
public enum SessionForm {
    CONFERENCE, MEETING, LOUDSPEAKER, ONLINE, LEAFLET;

    public String labelKey() {
        return "dissemination.form." + name();
    }
}
