package org.danvan.grassroots.internal;

import org.danvan.grassroots.api.SteeringMember;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of gr_steering_member. */
@Embeddable
public class SteeringMemberEmbeddable {

    @Column(name = "member_name", nullable = false, length = 200)
    private String name;

    @Column(name = "member_position", length = 200)
    private String position;

    protected SteeringMemberEmbeddable() {
        // for JPA
    }

    SteeringMemberEmbeddable(SteeringMember member) {
        this.name = member.name();
        this.position = member.position();
    }

    SteeringMember toMember() {
        return new SteeringMember(name, position);
    }
}
