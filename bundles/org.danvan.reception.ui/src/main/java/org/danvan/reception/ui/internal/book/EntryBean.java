package org.danvan.reception.ui.internal.book;

import java.io.Serializable;
import java.time.LocalDate;

import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.reception.api.BookEntry;
import org.danvan.reception.api.BookEntryDraft;
import org.danvan.reception.api.Disposition;
import org.danvan.reception.api.PetitionKind;

/** What the entry form edits: the form-03 columns of one line of the reception book. */
public class EntryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private OrgUnitInfo unit;
    private LocalDate receivedOn;
    private String citizenName = "";
    private String citizenAddress = "";
    private String idNumber = "";
    private String content = "";
    private PetitionKind petitionKind;
    private Integer peopleCount = 1;
    private String previouslyHandledBy = "";
    private Disposition disposition;
    private String transferredTo = "";
    private String followUp = "";
    private String notes = "";
    private Long sessionId;
    private String refusalGround = "";
    private LocalDate refusalNoticeOn;

    /** A blank line of the book for a unit, received today. */
    public static EntryBean blank(OrgUnitInfo unit, LocalDate today) {
        EntryBean bean = new EntryBean();
        bean.unit = unit;
        bean.receivedOn = today;
        return bean;
    }

    /** The line of an existing entry, to correct. */
    public static EntryBean of(BookEntry entry, OrgUnitInfo unit) {
        EntryBean bean = new EntryBean();
        bean.unit = unit;
        bean.receivedOn = entry.receivedOn();
        bean.citizenName = text(entry.citizenName());
        bean.citizenAddress = text(entry.citizenAddress());
        bean.idNumber = text(entry.idNumber());
        bean.content = text(entry.content());
        bean.petitionKind = entry.petitionKind();
        bean.peopleCount = entry.peopleCount();
        bean.previouslyHandledBy = text(entry.previouslyHandledBy());
        bean.disposition = entry.disposition();
        bean.transferredTo = text(entry.transferredTo());
        bean.followUp = text(entry.followUp());
        bean.notes = text(entry.notes());
        bean.sessionId = entry.sessionId();
        bean.refusalGround = text(entry.refusalGround());
        bean.refusalNoticeOn = entry.refusalNoticeOn();
        return bean;
    }

    /** The draft for the service; empty optional texts become {@code null}, the rest is stripped. */
    public BookEntryDraft toDraft() {
        return new BookEntryDraft(unit == null ? 0 : unit.id(), receivedOn, stripped(citizenName),
                orNull(citizenAddress), orNull(idNumber), stripped(content), petitionKind,
                peopleCount == null ? 0 : peopleCount, orNull(previouslyHandledBy), disposition, orNull(transferredTo),
                orNull(followUp), orNull(notes), sessionId,
                disposition == Disposition.REFUSE ? orNull(refusalGround) : null,
                disposition == Disposition.REFUSE ? refusalNoticeOn : null);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getRefusalGround() {
        return refusalGround;
    }

    public void setRefusalGround(String refusalGround) {
        this.refusalGround = refusalGround;
    }

    public LocalDate getRefusalNoticeOn() {
        return refusalNoticeOn;
    }

    public void setRefusalNoticeOn(LocalDate refusalNoticeOn) {
        this.refusalNoticeOn = refusalNoticeOn;
    }

    public OrgUnitInfo getUnit() {
        return unit;
    }

    public void setUnit(OrgUnitInfo unit) {
        this.unit = unit;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public void setCitizenName(String citizenName) {
        this.citizenName = citizenName;
    }

    public String getCitizenAddress() {
        return citizenAddress;
    }

    public void setCitizenAddress(String citizenAddress) {
        this.citizenAddress = citizenAddress;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public PetitionKind getPetitionKind() {
        return petitionKind;
    }

    public void setPetitionKind(PetitionKind petitionKind) {
        this.petitionKind = petitionKind;
    }

    public Integer getPeopleCount() {
        return peopleCount;
    }

    public void setPeopleCount(Integer peopleCount) {
        this.peopleCount = peopleCount;
    }

    public String getPreviouslyHandledBy() {
        return previouslyHandledBy;
    }

    public void setPreviouslyHandledBy(String previouslyHandledBy) {
        this.previouslyHandledBy = previouslyHandledBy;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public void setDisposition(Disposition disposition) {
        this.disposition = disposition;
    }

    public String getTransferredTo() {
        return transferredTo;
    }

    public void setTransferredTo(String transferredTo) {
        this.transferredTo = transferredTo;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
