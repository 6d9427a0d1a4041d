package org.danvan.cases.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.danvan.calendar.api.DeadlineCalculator;
import org.danvan.calendar.api.DeadlineImpact;
import org.danvan.calendar.api.DeadlineImpactProvider;
import org.danvan.calendar.api.WorkingCalendar;
import org.danvan.rules.api.RuleTableListener;
import org.danvan.cases.api.AttachmentInfo;
import org.danvan.cases.api.CaseDetail;
import org.danvan.cases.api.CaseNotification;
import org.danvan.cases.api.NotificationService;
import org.danvan.platform.api.notification.NotificationListener;
import org.danvan.platform.api.notification.NotificationProvider;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.ComplaintDialogue;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Classification;
import org.danvan.cases.api.DashboardCount;
import org.danvan.cases.api.DueDateMaintenance;
import org.danvan.cases.api.Extension;
import org.danvan.cases.api.DuplicateAnswer;
import org.danvan.cases.api.DuplicateCandidate;
import org.danvan.cases.api.IntakeAttachment;
import org.danvan.cases.api.IntakeReceipt;
import org.danvan.cases.api.IntakeRequest;
import org.danvan.cases.api.OnlineIntake;
import org.danvan.cases.api.OnlineReceipt;
import org.danvan.cases.api.OnlineSubmission;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.PeriodCounts;
import org.danvan.cases.api.PersonData;
import org.danvan.cases.api.PublicStatus;
import org.danvan.cases.api.Resolution;
import org.danvan.cases.api.feed.CaseFeed;
import org.danvan.cases.api.feed.CaseMarker;
import org.danvan.cases.api.feed.FeedCase;
import org.danvan.cases.api.ResolutionDecision;
import org.danvan.platform.api.security.UserPrincipal;

/**
 * The case engine outside OSGi: wires the parts on one {@link CaseContext}. The DS component
 * {@link CaseServiceComponent} builds one and registers it; tests build one on a real database.
 */
public class CaseEngine implements CaseService, DueDateMaintenance, NotificationService, NotificationProvider,
        DeadlineImpactProvider, RuleTableListener, OnlineIntake, CaseFeed {

    private final CaseCreation creation;
    private final CaseLifecycle lifecycle;
    private final CaseReader reader;
    private final ProtectedAccess protectedAccess;
    private final CaseFiles files;
    private final DuplicateReview duplicates;
    private final DueStateJob job;
    private final Maintenance maintenance;
    private final Notifications notifications;
    private final OnlineCreation online;
    private final CaseFeedReader feed;
    private final CaseContext context;

    public CaseEngine(CaseContext context) {
        this.context = context;
        CaseClocks clocks = new CaseClocks(context);
        IdentityVault vault = new IdentityVault(context.cipher());
        SearchIndex search = new SearchIndex(vault);
        CitizenMailOutbox mails = new CitizenMailOutbox(context);
        CaseSteps steps = new CaseSteps(context.clock(), mails);
        CaseAudit audit = new CaseAudit(context.audit());
        AttachmentStore store = new AttachmentStore(context.settings().contentStore(),
                context.settings().maxAttachmentBytes());
        store.cleanTemporaryFiles();
        DuplicateDetector detector = new DuplicateDetector(context);
        this.creation = new CaseCreation(context, clocks, vault, search, detector, steps, audit, mails);
        this.lifecycle = new CaseLifecycle(context, clocks, vault, search, steps, audit);
        this.reader = new CaseReader(context, clocks, vault, search);
        this.protectedAccess = new ProtectedAccess(context, vault, store, audit);
        this.files = new CaseFiles(context, store, steps, audit);
        this.duplicates = new DuplicateReview(context, audit);
        this.notifications = new Notifications(context);
        this.job = new DueStateJob(context, clocks, detector, notifications);
        this.maintenance = new Maintenance(context, clocks, vault);
        this.feed = new CaseFeedReader(context, vault);
        this.online = new OnlineCreation(context, creation, clocks, store, steps, audit, mails);
    }

    @Override
    public OnlineReceipt submit(OnlineSubmission submission) {
        return online.submit(submission);
    }

    @Override
    public List<CaseMarker> markers(long afterId, int limit) {
        return feed.markers(afterId, limit);
    }

    @Override
    public List<FeedCase> read(java.util.Collection<Long> ids) {
        return feed.read(ids);
    }

    /** What the engine runs on. */
    public CaseContext context() {
        return context;
    }

    @Override
    public List<CaseNotification> list(UserPrincipal user, boolean unreadOnly, int limit) {
        return notifications.list(user, unreadOnly, limit);
    }

    @Override
    public void markRead(UserPrincipal user, long notificationId) {
        notifications.markRead(user, notificationId);
    }

    @Override
    public String source() {
        return notifications.source();
    }

    @Override
    public List<UserNotification> notifications(UserPrincipal user, boolean unreadOnly, int limit) {
        return notifications.notifications(user, unreadOnly, limit);
    }

    @Override
    public long unreadCount(UserPrincipal user) {
        return notifications.unreadCount(user);
    }

    /** Tells a listener of every notification raised from now on (after its transaction committed). */
    public void addNotificationListener(NotificationListener listener) {
        notifications.addListener(listener);
    }

    public void removeNotificationListener(NotificationListener listener) {
        notifications.removeListener(listener);
    }

    @Override
    public IntakeReceipt intake(UserPrincipal user, IntakeRequest request) {
        return intake(user, request, DuplicateAnswer.none());
    }

    @Override
    public List<DuplicateCandidate> possibleDuplicates(UserPrincipal user, IntakeRequest request) {
        return creation.possibleDuplicates(user, request);
    }

    @Override
    public IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer) {
        IntakeReceipt receipt = creation.intake(user, request, answer);
        notifications.announce(Set.of(), Set.of(request.unitId()));
        return receipt;
    }

    @Override
    public IntakeReceipt intake(UserPrincipal user, IntakeRequest request, DuplicateAnswer answer,
            List<IntakeAttachment> attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return intake(user, request, answer);
        }
        // the request and the user's right first, so a refused letter's files never reach the disk
        IntakeValidator.check(request, context.directory(), context.today());
        context.access().check(user, org.danvan.cases.api.CasePermissions.INTAKE, request.unitId());
        List<CaseFiles.Pending> stored = files.storeAll(attachments);
        IntakeReceipt receipt;
        try {
            receipt = creation.intake(user, request, answer, (em, record) -> files.recordAll(em, record, user,
                    stored));
        } catch (RuntimeException e) {
            files.discardAll(stored);
            throw e;
        }
        notifications.announce(Set.of(), Set.of(request.unitId()));
        return receipt;
    }

    @Override
    public CaseDetail classify(UserPrincipal user, long caseId, long version, Classification classification) {
        lifecycle.classify(user, caseId, version, classification);
        CaseDetail detail = reader.detail(user, caseId);
        notifications.announce(Set.of(), Set.of(detail.summary().unitId()));
        return detail;
    }

    @Override
    public CaseDetail accept(UserPrincipal user, long caseId, long version, LocalDate acceptedOn) {
        lifecycle.accept(user, caseId, version, acceptedOn);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail notifyAcceptance(UserPrincipal user, long caseId, long version, LocalDate notifiedOn) {
        lifecycle.notifyAcceptance(user, caseId, version, notifiedOn);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail returnAndGuide(UserPrincipal user, long caseId, long version, String competentBody,
            String guidance) {
        lifecycle.returnAndGuide(user, caseId, version, competentBody, guidance);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail transfer(UserPrincipal user, long caseId, long version, String targetBody, Long targetUnitId,
            String note) {
        lifecycle.transfer(user, caseId, version, targetBody, targetUnitId, note);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail assign(UserPrincipal user, long caseId, long version, long handlerUserId, String handlerName) {
        lifecycle.assign(user, caseId, version, handlerUserId, handlerName);
        CaseDetail detail = reader.detail(user, caseId);
        if (handlerUserId != user.userId()) {
            notifications.announce(Set.of(handlerUserId), Set.of());
        }
        return detail;
    }

    @Override
    public CaseDetail extend(UserPrincipal user, long caseId, long version, Extension extension) {
        lifecycle.extend(user, caseId, version, extension);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail resolve(UserPrincipal user, long caseId, long version, Resolution resolution) {
        lifecycle.resolve(user, caseId, version, resolution);
        CaseDetail detail = reader.detail(user, caseId);
        notifications.announce(Set.of(), Set.of(detail.summary().unitId()));
        return detail;
    }

    @Override
    public CaseDetail suspend(UserPrincipal user, long caseId, long version, ResolutionDecision decision) {
        lifecycle.suspend(user, caseId, version, decision);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail notifySuspension(UserPrincipal user, long caseId, long version, LocalDate sentOn) {
        lifecycle.notifySuspension(user, caseId, version, sentOn);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail continueResolution(UserPrincipal user, long caseId, long version,
            ResolutionDecision decision) {
        lifecycle.continueResolution(user, caseId, version, decision);
        CaseDetail detail = reader.detail(user, caseId);
        Long handler = detail.summary().handlerUserId();
        if (handler != null && handler != user.userId()) {
            notifications.announce(Set.of(handler), Set.of());
        }
        return detail;
    }

    @Override
    public CaseDetail comment(UserPrincipal user, long caseId, String text) {
        Long told = lifecycle.comment(user, caseId, text);
        CaseDetail detail = reader.detail(user, caseId);
        if (told != null) {
            notifications.announce(Set.of(told), Set.of());
        }
        return detail;
    }

    @Override
    public CaseDetail terminate(UserPrincipal user, long caseId, long version, ResolutionDecision decision) {
        lifecycle.terminate(user, caseId, version, decision);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail withdrawPart(UserPrincipal user, long caseId, long version, LocalDate withdrawnOn,
            String parts) {
        lifecycle.withdrawPart(user, caseId, version, withdrawnOn, parts);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail recordDialogue(UserPrincipal user, long caseId, long version, ComplaintDialogue dialogue) {
        lifecycle.recordDialogue(user, caseId, version, dialogue);
        return reader.detail(user, caseId);
    }

    @Override
    public CaseDetail close(UserPrincipal user, long caseId, long version, String note) {
        lifecycle.close(user, caseId, version, note);
        return reader.detail(user, caseId);
    }

    @Override
    public IntakeReceipt reopen(UserPrincipal user, long caseId, long receivingUnitId, LocalDate receivedOn,
            String content) {
        return creation.reopen(user, caseId, receivingUnitId, receivedOn, content);
    }

    @Override
    public CaseDetail detail(UserPrincipal user, long caseId) {
        return reader.detail(user, caseId);
    }

    @Override
    public Optional<CaseSummary> findByNumberOrId(UserPrincipal user, String numberOrId) {
        return reader.findByNumberOrId(user, numberOrId);
    }

    @Override
    public List<PersonData> unmask(UserPrincipal user, long caseId, String reason) {
        return protectedAccess.unmask(user, caseId, reason);
    }

    @Override
    public Page<CaseSummary> find(UserPrincipal user, CaseQuery query) {
        return reader.find(user, query);
    }

    @Override
    public List<DashboardCount> dashboard(UserPrincipal user, long unitId) {
        return reader.dashboard(user, unitId);
    }

    @Override
    public PeriodCounts periodCounts(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        return reader.periodCounts(user, unitId, from, to);
    }

    @Override
    public PeriodCounts handledCounts(UserPrincipal user, long unitId, long handlerUserId, LocalDate from,
            LocalDate to) {
        return reader.handledCounts(user, unitId, handlerUserId, from, to);
    }

    @Override
    public Optional<PublicStatus> publicStatus(String trackingCode) {
        return reader.publicStatus(trackingCode);
    }

    @Override
    public AttachmentInfo attach(UserPrincipal user, long caseId, String fileName, InputStream content) {
        return files.attach(user, caseId, fileName, content);
    }

    @Override
    public InputStream openAttachment(UserPrincipal user, long caseId, long attachmentId, String reason) {
        return protectedAccess.openAttachment(user, caseId, attachmentId, reason);
    }

    @Override
    public void linkDuplicate(UserPrincipal user, long caseId, long otherCaseId) {
        duplicates.decide(user, caseId, otherCaseId, "LINKED");
    }

    @Override
    public void dismissDuplicate(UserPrincipal user, long caseId, long otherCaseId) {
        duplicates.decide(user, caseId, otherCaseId, "DISMISSED");
    }

    @Override
    public boolean runDailyJob() {
        return job.run();
    }

    /**
     * The effect of a calendar not saved yet on the open cases' due dates: the clocks recomputed on it, nothing
     * stored.
     */
    @Override
    public DeadlineImpact impact(WorkingCalendar proposed, DeadlineCalculator deadlines, LocalDate firstChangedDay) {
        CaseContext onProposed = new CaseContext(context.store(), context.rules().onCalendar(proposed), proposed,
                context.access(), context.audit(), context.directory(), context.cipher(), context.clock(),
                context.settings());
        return maintenance.impact(new CaseClocks(onProposed), firstChangedDay);
    }

    /** An administrator changed a rule's override: the open cases' clocks follow at once. */
    @Override
    public void rulesChanged(Set<String> ruleIds) {
        int moved = maintenance.recomputeDueDates(LocalDate.of(1900, 1, 1));
        org.slf4j.LoggerFactory.getLogger(CaseEngine.class).info("Rules {} changed: {} open cases have a new due date",
                ruleIds, moved);
    }

    @Override
    public int recomputeDueDates(LocalDate firstChangedDay) {
        return maintenance.recomputeDueDates(firstChangedDay);
    }

    /** Re-encrypts every identity value under the active key; returns how many petitioners were rewritten. */
    public int reencryptAll() {
        return maintenance.reencryptAll();
    }
}
