package org.danvan.cases.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * A petitioner of a case. Every identity field is AES-GCM ciphertext ({@code FieldCipher}); the two match columns
 * are keyed hashes (HMAC-SHA256) of the normalised name with the ID number or the phone, for duplicate detection
 * without plaintext.
 */
@Entity(name = "CasePerson")
@Table(name = "cas_person")
public class CasePerson {

    @Id
    @TableGenerator(name = "cas_person_ids", table = "cas_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "cas_person", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cas_person_ids")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    @Column(name = "case_id", nullable = false)
    public long caseId;
    @Column(nullable = false)
    public int ordinal;
    @Column(name = "name_enc", length = 1024)
    public String nameEnc;
    @Column(name = "address_enc", length = 2048)
    public String addressEnc;
    @Column(name = "id_number_enc", length = 512)
    public String idNumberEnc;
    @Column(name = "phone_enc", length = 512)
    public String phoneEnc;
    @Column(name = "email_enc", length = 1024)
    public String emailEnc;
    @Column(name = "notes_enc", length = 8192)
    public String notesEnc;
    @Column(name = "match_id", length = 64)
    public String matchId;
    @Column(name = "match_phone", length = 64)
    public String matchPhone;
}
