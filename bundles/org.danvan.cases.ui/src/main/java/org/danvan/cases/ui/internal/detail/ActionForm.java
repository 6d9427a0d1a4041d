package org.danvan.cases.ui.internal.detail;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.ExtensionGround;
import org.danvan.cases.api.Outcome;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.api.ResolutionDecision;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.rules.api.Variant;

/**
 * The bean behind every action dialog of the case detail: each dialog binds the fields its action needs and
 * {@code to...} methods turn them into the engine's records. Text is stripped; blanks become {@code null}, so the
 * engine's "required" checks see them as missing.
 */
public final class ActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest free-text note the engine accepts. */
    public static final int NOTE_MAX = 2000;
    /** Longest reference, body name or legal ground shown in one line. */
    public static final int LINE_MAX = 255;
    /** Longest decision reference the engine stores. */
    public static final int DECISION_MAX = 100;
    /** Longest legal ground. */
    public static final int LEGAL_GROUND_MAX = 500;
    /** Shortest reason for unmasking a denouncer (the engine's rule). */
    public static final int REASON_MIN = 10;
    /** Longest reason for unmasking. */
    public static final int REASON_MAX = 500;
    /** Longest content of a reopened complaint (as at intake). */
    public static final int CONTENT_MAX = 20_000;
    /** Longest record of a complaint dialogue, as the engine allows. */
    public static final int DIALOGUE_MAX = 4000;

    private CaseKind kind;
    // Circular 05/2021's formal conditions start unticked: the officer confirms each one after reading the letter
    private boolean inVietnamese;
    private boolean dated;
    private boolean nameAndAddress;
    private boolean signed;
    private boolean namesViolator;
    private boolean specificEvidence;
    private Set<Variant> variants = EnumSet.noneOf(Variant.class);
    private String note = "";
    private LocalDate day;
    private String body = "";
    private String guidance = "";
    private OrgUnitInfo unit;
    private org.danvan.platform.api.security.StaffMember handler;
    private Integer days;
    private String decisionReference = "";
    private String reason = "";
    private ExtensionGround ground;
    private Outcome outcome;
    private String legalGround = "";
    private String summary = "";
    private String content = "";
    private LocalDate noticeDay;
    private String participants = "";

    /** The classification as entered. */
    public Classification toClassification() {
        return new Classification(kind, inVietnamese, dated, nameAndAddress, signed, namesViolator, specificEvidence,
                variants, text(note));
    }

    /** The extension as entered. */
    public Extension toExtension() {
        return new Extension(days == null ? 0 : days, text(decisionReference), day, text(reason), ground);
    }

    /** A suspension, continuation or termination decision as entered (the ground in the reason field). */
    public ResolutionDecision toResolutionDecision() {
        return new ResolutionDecision(day, text(decisionReference), text(reason));
    }

    public ExtensionGround getGround() {
        return ground;
    }

    public void setGround(ExtensionGround ground) {
        this.ground = ground;
    }

    /** The resolution as entered. */
    public Resolution toResolution() {
        return new Resolution(outcome, text(legalGround), text(decisionReference), day, text(summary));
    }

    /** Whether a classification so far makes the letter processable (shown live in the dialog). */
    public boolean processable() {
        return kind != null && toClassification().processable();
    }

    /** Stripped text, {@code null} when blank. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The outcomes that fit a kind, as the engine checks them. */
    public static Set<Outcome> outcomesFor(CaseKind kind) {
        if (kind == null) {
            return EnumSet.allOf(Outcome.class);
        }
        if (kind.isComplaint() || kind == CaseKind.DENUNCIATION) {
            return EnumSet.of(Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.REJECTED);
        }
        if (kind.isInformationRequest()) {
            return EnumSet.of(Outcome.INFORMATION_PROVIDED, Outcome.INFORMATION_REFUSED);
        }
        return EnumSet.of(Outcome.ANSWERED);
    }

    public CaseKind getKind() { return kind; }
    public void setKind(CaseKind kind) { this.kind = kind; }
    public boolean isInVietnamese() { return inVietnamese; }
    public void setInVietnamese(boolean value) { this.inVietnamese = value; }
    public boolean isDated() { return dated; }
    public void setDated(boolean value) { this.dated = value; }
    public boolean isNameAndAddress() { return nameAndAddress; }
    public void setNameAndAddress(boolean value) { this.nameAndAddress = value; }
    public boolean isSigned() { return signed; }
    public void setSigned(boolean value) { this.signed = value; }
    public boolean isNamesViolator() { return namesViolator; }
    public void setNamesViolator(boolean value) { this.namesViolator = value; }
    public boolean isSpecificEvidence() { return specificEvidence; }
    public void setSpecificEvidence(boolean value) { this.specificEvidence = value; }
    public Set<Variant> getVariants() { return variants; }
    public void setVariants(Set<Variant> variants) { this.variants = variants == null ? EnumSet.noneOf(Variant.class) : variants; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getGuidance() { return guidance; }
    public void setGuidance(String guidance) { this.guidance = guidance; }
    public OrgUnitInfo getUnit() { return unit; }
    public void setUnit(OrgUnitInfo unit) { this.unit = unit; }
    public org.danvan.platform.api.security.StaffMember getHandler() { return handler; }
    public void setHandler(org.danvan.platform.api.security.StaffMember handler) { this.handler = handler; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public String getDecisionReference() { return decisionReference; }
    public void setDecisionReference(String value) { this.decisionReference = value; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getLegalGround() { return legalGround; }
    public void setLegalGround(String legalGround) { this.legalGround = legalGround; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public LocalDate getNoticeDay() { return noticeDay; }
    public void setNoticeDay(LocalDate noticeDay) { this.noticeDay = noticeDay; }
    public String getParticipants() { return participants; }
    public void setParticipants(String participants) { this.participants = participants; }
}
