package org.danvan.grassroots.internal;

import java.time.LocalDate;

import org.danvan.grassroots.api.DisclosureForm;
import org.danvan.grassroots.api.Posting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of gr_disclosure_posting: one form of a disclosure. */
@Embeddable
public class PostingEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 32)
    private DisclosureForm form;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "days")
    private Integer days;

    protected PostingEmbeddable() {
        // for JPA
    }

    PostingEmbeddable(Posting posting) {
        this.form = posting.form();
        this.startOn = posting.startOn();
        this.days = posting.days();
    }

    Posting toPosting() {
        return new Posting(form, startOn, days);
    }
}
