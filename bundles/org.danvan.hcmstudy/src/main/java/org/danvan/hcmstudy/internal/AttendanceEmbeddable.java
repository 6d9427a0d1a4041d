package org.danvan.hcmstudy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A line of hs_attendance. */
@Embeddable
public class AttendanceEmbeddable {

    @Column(name = "member_id", nullable = false)
    long memberId;

    @Column(name = "member_name", nullable = false, length = 200)
    String memberName;

    @Column(name = "present", nullable = false)
    boolean present;

    @Column(name = "absence_reason", length = 500)
    String absenceReason;

    protected AttendanceEmbeddable() {
        // for JPA
    }

    AttendanceEmbeddable(long memberId, String memberName, boolean present, String absenceReason) {
        this.memberId = memberId;
        this.memberName = memberName;
        this.present = present;
        this.absenceReason = absenceReason;
    }
}
