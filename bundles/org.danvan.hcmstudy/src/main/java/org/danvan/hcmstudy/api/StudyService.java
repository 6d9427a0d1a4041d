package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The yearly programme of a unit, its member list and its study sessions with attendance. Reads are limited to the
 * units where the user holds {@link HcmStudyPermissions#VIEW}, {@link HcmStudyPermissions#MANAGE} or
 * {@link HcmStudyPermissions#ASSESS}; changes need {@link HcmStudyPermissions#MANAGE} at the unit. Every change is
 * audited in its transaction.
 */
@ProviderType
public interface StudyService {

    String GONE = "hcmstudy.error.gone";
    /** Arguments: the member's name. */
    String REASON_REQUIRED = "hcmstudy.validation.attendance.reason";
    String NOT_A_MEMBER = "hcmstudy.validation.attendance.member";
    String NOT_ON_LIST = "hcmstudy.validation.member.notOnList";
    String HELD_DAY = "hcmstudy.validation.session.heldOn";
    String ALREADY_HELD = "hcmstudy.error.session.held";

    List<Programme> programmes(UserPrincipal user, int year);

    Optional<Programme> programme(long unitId, int year, UserPrincipal user);

    Programme createProgramme(ProgrammeDraft draft, UserPrincipal user);

    Programme updateProgramme(long id, long expectedVersion, ProgrammeDraft draft, UserPrincipal user);

    /** The unit's member list, current members only, by name. */
    List<Member> members(long unitId, UserPrincipal user);

    Member addMember(MemberDraft draft, UserPrincipal user);

    /** Takes a person off the list; their records stay. */
    void removeMember(long memberId, long expectedVersion, UserPrincipal user);

    List<StudySession> sessions(long programmeId, UserPrincipal user);

    StudySession planSession(SessionDraft draft, UserPrincipal user);

    /**
     * Records a planned session as held: one mark per member on the unit's list (members without a mark count as
     * absent without reason, which is refused), an absence with its reason.
     */
    StudySession holdSession(long sessionId, long expectedVersion, LocalDate heldOn, List<AttendanceMark> marks,
            UserPrincipal user);

    /** Members absent from a held session who have not attended a make-up session of it. */
    List<Member> needingMakeUp(long sessionId, UserPrincipal user);
}
