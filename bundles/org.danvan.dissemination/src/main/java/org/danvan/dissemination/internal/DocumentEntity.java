package org.danvan.dissemination.internal;

import java.time.LocalDate;

import org.danvan.dissemination.api.DocumentDraft;
import org.danvan.dissemination.api.DocumentKind;

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

/** A row of ds_document: a document a unit issued to disseminate. */
@Entity(name = "DsDocument")
@Table(name = "ds_document")
public class DocumentEntity {

    @Id
    @TableGenerator(name = "ds_document_ids", table = "ds_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "ds_document", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ds_document_ids")
    Long id;

    @Version
    long version;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_kind", nullable = false, length = 16)
    DocumentKind kind;

    @Column(name = "doc_number", nullable = false, length = 60)
    String number;

    @Column(name = "issued_on", nullable = false)
    LocalDate issuedOn;

    @Column(name = "issuer", nullable = false, length = 500)
    String issuer;

    @Column(name = "title", nullable = false, length = 500)
    String title;

    @Column(name = "summary", length = 4000)
    String summary;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    /** Counts the saves: a change of the target units alone (another table) still bumps the version. */
    @Column(name = "revision", nullable = false)
    int revision;

    // changes go through the entity's own methods: the woven change tracking sees only those

    void apply(DocumentDraft d) {
        this.kind = d.kind();
        this.number = d.number();
        this.issuedOn = d.issuedOn();
        this.issuer = d.issuer();
        this.title = d.title();
        this.summary = d.summary();
        this.dueOn = d.dueOn();
        this.revision++;
    }
}
