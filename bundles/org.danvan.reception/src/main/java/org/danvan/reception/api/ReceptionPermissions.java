package org.danvan.reception.api;

import java.util.List;

/** The permission ids of citizen reception, checked with AccessControl against the owning unit. */
public final class ReceptionPermissions {

    /** Read the schedule, the reception book and dialogues. */
    public static final String VIEW = "reception.view";
    /** Write entries of the reception book and turn them into cases. */
    public static final String RECORD = "reception.record";
    /** Plan and record leaders' reception sessions; edit the minimum-frequency rules (at a root unit). */
    public static final String SCHEDULE = "reception.schedule";
    /** Record dialogues with citizens and follow their commitments. */
    public static final String DIALOGUE_MANAGE = "dialogue.manage";

    /** All of them. */
    public static final List<String> ALL = List.of(VIEW, RECORD, SCHEDULE, DIALOGUE_MANAGE);

    private ReceptionPermissions() {
    }
}
