package org.danvan.reception.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.PetitionKind;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * An entry of the reception book. The citizen's name, address and identity card number are held only as ciphertext
 * and keyed-hash indexes; {@code BookEntryMapper} encrypts and decrypts them.
 */
@Entity(name = "BookEntry")
@Table(name = "rcp_book_entry")
public class BookEntryEntity {

    @Id
    @TableGenerator(name = "rcp_book_entry_ids", table = "rcp_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "rcp_book_entry", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rcp_book_entry_ids")
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "book_year", nullable = false)
    private int year;

    @Column(name = "entry_number", nullable = false)
    private int number;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "citizen_name_enc", nullable = false, length = 1500)
    private String citizenNameEncrypted;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "citizen_address_enc")
    private String citizenAddressEncrypted;

    @Column(name = "id_number_enc", length = 128)
    private String idNumberEncrypted;

    @Column(name = "name_index", nullable = false, length = 400)
    private String nameIndex;

    @Column(name = "id_number_index", length = 64)
    private String idNumberIndex;

    @Column(name = "content", nullable = false, length = 4000)
    private String content;

    @Column(name = "content_folded", nullable = false, length = 4000)
    private String contentFolded;

    @Enumerated(EnumType.STRING)
    @Column(name = "petition_kind", nullable = false, length = 32)
    private PetitionKind petitionKind;

    @Column(name = "people_count", nullable = false)
    private int peopleCount;

    @Column(name = "previously_handled_by", length = 500)
    private String previouslyHandledBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition", nullable = false, length = 24)
    private Disposition disposition;

    @Column(name = "refusal_ground", length = 2000)
    private String refusalGround;

    @Column(name = "refusal_notice_on")
    private LocalDate refusalNoticeOn;

    @Column(name = "transferred_to", length = 500)
    private String transferredTo;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "follow_up")
    private String followUp;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "notes")
    private String notes;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected BookEntryEntity() {
        // for JPA
    }

    public BookEntryEntity(long unitId, int year, int number, String recordedBy, LocalDateTime now) {
        this.unitId = unitId;
        this.year = year;
        this.number = number;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.updatedAt = now;
    }

    public void setCitizen(String nameEncrypted, String nameIndex, String addressEncrypted, String idNumberEncrypted,
            String idNumberIndex) {
        this.citizenNameEncrypted = nameEncrypted;
        this.nameIndex = nameIndex;
        this.citizenAddressEncrypted = addressEncrypted;
        this.idNumberEncrypted = idNumberEncrypted;
        this.idNumberIndex = idNumberIndex;
    }

    public void setPetition(LocalDate receivedOn, String content, String contentFolded, PetitionKind petitionKind,
            int peopleCount, String previouslyHandledBy, Disposition disposition, String transferredTo,
            String followUp, String notes, Long sessionId, LocalDateTime now) {
        this.receivedOn = receivedOn;
        this.content = content;
        this.contentFolded = contentFolded;
        this.petitionKind = petitionKind;
        this.peopleCount = peopleCount;
        this.previouslyHandledBy = previouslyHandledBy;
        this.disposition = disposition;
        this.transferredTo = transferredTo;
        this.followUp = followUp;
        this.notes = notes;
        this.sessionId = sessionId;
        this.updatedAt = now;
    }

    /** The ground and notice day of a refused reception (null for other dispositions). */
    public void setRefusal(String ground, LocalDate noticeOn) {
        this.refusalGround = ground;
        this.refusalNoticeOn = noticeOn;
    }

    public String getRefusalGround() {
        return refusalGround;
    }

    public LocalDate getRefusalNoticeOn() {
        return refusalNoticeOn;
    }

    public void linkCase(long caseId, LocalDateTime now) {
        this.caseId = caseId;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getCitizenNameEncrypted() {
        return citizenNameEncrypted;
    }

    public String getCitizenAddressEncrypted() {
        return citizenAddressEncrypted;
    }

    public String getIdNumberEncrypted() {
        return idNumberEncrypted;
    }

    public String getNameIndex() {
        return nameIndex;
    }

    public String getIdNumberIndex() {
        return idNumberIndex;
    }

    public String getContent() {
        return content;
    }

    public PetitionKind getPetitionKind() {
        return petitionKind;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public String getPreviouslyHandledBy() {
        return previouslyHandledBy;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public String getFollowUp() {
        return followUp;
    }

    public String getNotes() {
        return notes;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
