package org.danvan.grassroots.internal;

import org.danvan.grassroots.api.MatterOption;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of gr_matter_option. */
@Embeddable
public class MatterOptionEmbeddable {

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "votes")
    private Integer votes;

    protected MatterOptionEmbeddable() {
        // for JPA
    }

    MatterOptionEmbeddable(String label, Integer votes) {
        this.label = label;
        this.votes = votes;
    }

    MatterOption toOption() {
        return new MatterOption(label, votes);
    }
}
