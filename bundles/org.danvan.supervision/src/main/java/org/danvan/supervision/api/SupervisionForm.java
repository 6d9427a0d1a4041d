package org.danvan.supervision.api;

/** How the supervision is done (Law 75/2015/QH13, Joint Resolution 403/2017): study of reports, a supervision team, comments at meetings. */
public enum SupervisionForm {
    REPORT_STUDY, TEAM, MEETING_COMMENTS
}
