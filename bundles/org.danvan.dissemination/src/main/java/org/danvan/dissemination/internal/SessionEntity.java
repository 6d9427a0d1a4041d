package org.danvan.dissemination.internal;

import java.time.LocalDate;

import org.danvan.dissemination.api.SessionDraft;
import org.danvan.dissemination.api.SessionForm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A row of ds_session: a session a target unit held for a document. */
@Entity(name = "DsSession")
@Table(name = "ds_session")
public class SessionEntity {

    @Id
    @TableGenerator(name = "ds_session_ids", table = "ds_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "ds_session", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ds_session_ids")
    Long id;

    @Version
    long version;

    @Column(name = "document_id", nullable = false)
    long documentId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_form", nullable = false, length = 16)
    SessionForm form;

    @Column(name = "presenter", nullable = false, length = 200)
    String presenter;

    @Column(name = "present", nullable = false)
    int present;

    @Column(name = "members", nullable = false)
    int members;

    void apply(SessionDraft d) {
        this.documentId = d.documentId();
        this.unitId = d.unitId();
        this.heldOn = d.heldOn();
        this.form = d.form();
        this.presenter = d.presenter();
        this.present = d.present();
        this.members = d.members();
    }
}
