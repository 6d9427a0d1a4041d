package org.danvan.cases.ui.internal.intake;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.danvan.cases.api.CaseKind;
import org.danvan.cases.api.Channel;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.PersonData;
import org.danvan.platform.api.org.OrgUnitInfo;

/**
 * The intake form's bean. Limits are the engine's, so Binder refuses at the field what the engine would refuse.
 */
public final class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int FORWARDED_BY_MAX = 255;
    public static final int CONCERNED_MAX = 500;
    public static final int CONTENT_MAX = 20_000;
    public static final int PEOPLE_MAX = 100_000;
    public static final int PETITIONERS_MAX = 50;
    /** The engine refuses letters received more than five years ago. */
    public static final int YEARS_BACK = 5;

    private CaseKind kind;
    private Channel channel = Channel.RECEPTION_OFFICE;
    private String forwardedBy = "";
    private OrgUnitInfo unit;
    private LocalDate receivedOn;
    private boolean group;
    private Integer peopleCount = 1;
    private boolean anonymous;
    private String concerned = "";
    private String content = "";

    /** Whether the channel needs the forwarding body named. */
    public static boolean isForwarded(Channel channel) {
        return channel == Channel.FORWARDED_BY_BODY || channel == Channel.FORWARDED_BY_DEPUTY
                || channel == Channel.FORWARDED_BY_FRONT;
    }

    /** Whether the letter may come without any petitioner: only an anonymous denunciation. */
    public boolean petitionersOptional() {
        return kind != null && kind.protectsIdentity() && anonymous;
    }

    /** The engine request; the petitioners are ignored for an anonymous denunciation. */
    public IntakeRequest toRequest(List<PersonData> petitioners) {
        List<PersonData> people = petitionersOptional() ? List.of() : List.copyOf(petitioners);
        int count = group ? (peopleCount == null ? 0 : peopleCount) : 1;
        return new IntakeRequest(unit == null ? -1 : unit.id(), kind, channel,
                isForwarded(channel) ? text(forwardedBy) : null, people, group, count, text(concerned),
                content == null ? null : content.strip(), receivedOn, null, null);
    }

    /** Stripped text, {@code null} when blank. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    public CaseKind getKind() { return kind; }
    public void setKind(CaseKind kind) { this.kind = kind; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getForwardedBy() { return forwardedBy; }
    public void setForwardedBy(String forwardedBy) { this.forwardedBy = forwardedBy; }
    public OrgUnitInfo getUnit() { return unit; }
    public void setUnit(OrgUnitInfo unit) { this.unit = unit; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public boolean isGroup() { return group; }
    public void setGroup(boolean group) { this.group = group; }
    public Integer getPeopleCount() { return peopleCount; }
    public void setPeopleCount(Integer peopleCount) { this.peopleCount = peopleCount; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public String getConcerned() { return concerned; }
    public void setConcerned(String concerned) { this.concerned = concerned; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
}
