package org.danvan.cases.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The case engine, as screens, the console, the reception book and a future REST layer use it.
 * <p>
 * Every method checks the user's permission with {@code AccessControl} against the case's owning unit and throws
 * {@link org.danvan.platform.api.security.AccessDeniedException} when it is missing. Refused input and illegal
 * transitions throw {@link org.danvan.platform.api.validation.ValidationException} with translation keys. Each
 * action runs in one transaction; actions take the version the caller last read and throw
 * {@link CaseConflictException} when the case changed meanwhile. Nothing is stored when an exception is thrown.
 */
@ProviderType
public interface CaseService {

    /**
     * Records a new case (permission {@code case.intake} on the receiving unit): assigns the next per-unit yearly
     * number and a tracking code, encrypts the petitioners' identity, starts the first clock and looks for
     * duplicates across all units.
     */
    IntakeReceipt intake(UserPrincipal user, IntakeRequest request);

    /**
     * Records a new case as {@link #intake(UserPrincipal, IntakeRequest)} does, with the officer's decision on the
     * possible duplicates shown before saving: those judged the same matter are linked, the others shown dismissed
     * (a decision taken at intake under {@code case.intake}, audited with the intake).
     *
     * @since 1.2.0
     */
    IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer);

    /**
     * Records a new case as {@link #intake(UserPrincipal, IntakeRequest, DuplicateAnswer)} does together with the
     * files brought with it, all or nothing: every file is checked (type, size, not empty) and written to the
     * content store before the one transaction that saves the case, its attachments, their timeline steps and
     * audit entries. One refused file (a violation on {@code attachments} naming it, then the reason) or a failed
     * transaction stores nothing: no case number is used, no file is left in the store.
     *
     * @since 1.3.0
     */
    IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer,
            List<IntakeAttachment> attachments);

    /**
     * The cases that may be the same matter as a letter before it is recorded ({@code case.intake} on the request's
     * unit, the request valid as for {@link #intake}): the same person (name with ID number or phone) or overlapping
     * wording, received within the duplicate window before its day, across all units — what the intake would find.
     * Nothing is stored.
     *
     * @since 1.2.0
     */
    List<DuplicateCandidate> possibleDuplicates(UserPrincipal user, IntakeRequest request);

    /**
     * Classifies a received case ({@code case.classify}); the kind may change. A complaint classified as (especially)
     * complex on or after the day of the figure {@code complaint.complex.grounds.required} (1 July 2026, Decree
     * 155/2026/NĐ-CP, [verify]) needs the grounds of that finding in the classification's note (since 1.4).
     */
    CaseDetail classify(UserPrincipal user, long caseId, long version, Classification classification);

    /** Accepts a processable classified case ({@code case.accept}); starts the resolution clock. */
    CaseDetail accept(UserPrincipal user, long caseId, long version, LocalDate acceptedOn);

    /**
     * Records that the acceptance of a denunciation was notified to the denouncer and the person denounced
     * ({@code case.accept}); starts the resolution clock, counted from the acceptance day.
     */
    CaseDetail notifyAcceptance(UserPrincipal user, long caseId, long version, LocalDate notifiedOn);

    /** Returns the letter and guides the petitioner to the competent body ({@code case.accept}). */
    CaseDetail returnAndGuide(UserPrincipal user, long caseId, long version, String competentBody, String guidance);

    /**
     * Transfers the case to the competent body ({@code case.transfer}). A denunciation is transferred once only for
     * the same content: refused when the case or a case linked to it as a duplicate (or the case it reopens) was
     * already transferred.
     */
    CaseDetail transfer(UserPrincipal user, long caseId, long version, String targetBody, Long targetUnitId,
            String note);

    /** Assigns (or re-assigns) a handler to an open case ({@code case.assign}). */
    CaseDetail assign(UserPrincipal user, long caseId, long version, long handlerUserId, String handlerName);

    /** Extends the running clock by a recorded decision within the rule's policy ({@code case.extend}). */
    CaseDetail extend(UserPrincipal user, long caseId, long version, Extension extension);

    /** Resolves an accepted case with an outcome ({@code case.resolve}). */
    CaseDetail resolve(UserPrincipal user, long caseId, long version, Resolution resolution);

    /**
     * Suspends the resolution of an accepted complaint with its ground ({@code case.resolve}; Law 02/2011 art. 11a,
     * from 1 July 2026): the resolution clock stops with the days it has used (the decision day counts), and the
     * clock {@code complaint.suspension.notify} for sending the decision starts.
     *
     * @since 1.1
     */
    CaseDetail suspend(UserPrincipal user, long caseId, long version, ResolutionDecision decision);

    /**
     * Records that the suspension decision was sent to the parties ({@code case.resolve}); stops its clock.
     *
     * @since 1.1
     */
    CaseDetail notifySuspension(UserPrincipal user, long caseId, long version, LocalDate sentOn);

    /**
     * Continues a suspended resolution ({@code case.resolve}): the resolution clock runs again from the day after the
     * decision with the days that remained; the suspended time never counts.
     *
     * @since 1.1
     */
    CaseDetail continueResolution(UserPrincipal user, long caseId, long version, ResolutionDecision decision);

    /**
     * Terminates the resolution of an accepted or suspended complaint with its ground ({@code case.resolve}): the
     * case is closed.
     *
     * @since 1.1
     */
    CaseDetail terminate(UserPrincipal user, long caseId, long version, ResolutionDecision decision);

    /**
     * Records the parts of an accepted or suspended complaint that the complainant withdrew ({@code case.resolve});
     * the rest of the complaint is resolved on the running clock.
     *
     * @param withdrawnOn the day of the withdrawal, not in the future
     * @param parts the withdrawn parts, required
     * @since 1.1
     */
    CaseDetail withdrawPart(UserPrincipal user, long caseId, long version, LocalDate withdrawnOn, String parts);

    /**
     * Records a dialogue held in the resolution of an accepted complaint ({@code case.resolve}); changes no clock.
     * The step tells whether the notice went out in time: the latest day of the rule {@code complaint.dialogue.notice}
     * in force on the dialogue's day (none before 1 July 2026) is kept with it, and a later notice is marked late —
     * recorded, not refused, because the record must say what happened.
     *
     * @since 1.4
     */
    CaseDetail recordDialogue(UserPrincipal user, long caseId, long version, ComplaintDialogue dialogue);

    /** Closes a resolved, returned, transferred or unprocessable case ({@code case.close}). */
    CaseDetail close(UserPrincipal user, long caseId, long version, String note);

    /**
     * Reopens a resolved or closed first-time complaint as a second-time complaint: a new case linked to it, with
     * the same petitioners, under the {@code complaint.second.*} clocks ({@code case.reopen} on the unit that
     * receives the second complaint).
     *
     * @param receivingUnitId the unit that receives the second complaint (usually the next level up)
     * @return the new case
     */
    IntakeReceipt reopen(UserPrincipal user, long caseId, long receivingUnitId, LocalDate receivedOn, String content);

    /** A case with its timeline, clock and the actions the user may take ({@code case.view}). */
    CaseDetail detail(UserPrincipal user, long caseId);

    /** Finds a case by id or by number ({@code 2026/000042}) among the units the user may view. */
    Optional<CaseSummary> findByNumberOrId(UserPrincipal user, String numberOrId);

    /**
     * Reveals the clear identity of the petitioners ({@code case.unmask}). The reveal, with its reason, is written to
     * the audit trail before any data is returned; if auditing fails nothing is revealed.
     *
     * @param reason why, required (at least 10 characters)
     */
    List<PersonData> unmask(UserPrincipal user, long caseId, String reason);

    /** A page of a worklist, restricted to the units where the user holds {@code case.view}. */
    Page<CaseSummary> find(UserPrincipal user, CaseQuery query);

    /** Counts of a unit subtree's cases by kind, status and due state ({@code case.view} on the unit). */
    List<DashboardCount> dashboard(UserPrincipal user, long unitId);

    /** Periodic report figures for a unit subtree and a period, both days included. */
    PeriodCounts periodCounts(UserPrincipal user, long unitId, LocalDate from, LocalDate to);

    /**
     * The same figures for the cases of a unit subtree handled by one person (the handler assigned): assigned and
     * received in the period, resolved on time and late in it, open at its end ({@code case.view} on the unit).
     * What a person's own work shows, e.g. beside their commitment to serve the people.
     */
    PeriodCounts handledCounts(UserPrincipal user, long unitId, long handlerUserId, LocalDate from, LocalDate to);

    /**
     * The public status of a case by its tracking code: kind, current step, received date and next due date only.
     * Needs no user; unknown or malformed codes give an empty result.
     */
    Optional<PublicStatus> publicStatus(String trackingCode);

    /**
     * Stores an attachment ({@code case.intake} on the case's unit). The type is detected from the content (PDF,
     * JPEG, PNG, DOCX/XLSX, plain text) and the size limited (default 20 MB); the file is durably in the content
     * store before the step that references it commits.
     */
    AttachmentInfo attach(UserPrincipal user, long caseId, String fileName, InputStream content);

    /** Opens an attachment's content ({@code case.view}; for a denunciation {@code case.unmask}, audited). */
    InputStream openAttachment(UserPrincipal user, long caseId, long attachmentId, String reason);

    /**
     * Adds a comment to the case's timeline ({@code case.view}; 1 to 2,000 characters, audited); its handler (when
     * it is not the commenter) is notified. A comment changes neither the state nor the version of the case.
     *
     * @since 1.3.0
     */
    CaseDetail comment(UserPrincipal user, long caseId, String text);

    /** Links a duplicate candidate: both cases are the same matter ({@code case.classify}). */
    void linkDuplicate(UserPrincipal user, long caseId, long otherCaseId);

    /** Dismisses a duplicate candidate ({@code case.classify}). */
    void dismissDuplicate(UserPrincipal user, long caseId, long otherCaseId);
}
