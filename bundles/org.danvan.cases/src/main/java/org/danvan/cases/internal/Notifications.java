package org.danvan.cases.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.danvan.cases.api.CaseNotification;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.NotificationService;
import org.danvan.cases.internal.model.CaseRecord;
import org.danvan.cases.internal.model.Notification;
import org.danvan.cases.internal.model.NotificationRead;
import org.danvan.platform.api.notification.NotificationListener;
import org.danvan.platform.api.notification.NotificationProvider;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Notifications of a user: those addressed to them and those addressed to units where they are a head (hold
 * {@code case.close}). Raised inside the transaction of the change that causes them; announced to the listeners
 * after it committed. A notification names the case by its number only: never a petitioner, a denouncer or content.
 */
final class Notifications implements NotificationService, NotificationProvider {

    /** The source name of case notifications. */
    static final String SOURCE = "cases";
    /** Where a case opens in the staff application (the case page of the cases screens; e-mails link it too). */
    static final String CASE_LOCATION = "ho-so-vu-viec/chi-tiet?id=";
    static final String ASSIGNED = "case.notification.assigned";
    static final String CLASSIFICATION_NEEDED = "case.notification.classification-needed";
    static final String CLOSING_NEEDED = "case.notification.closing-needed";
    static final String NEAR_DUE = "case.notification.near-due";
    static final String OVERDUE = "case.notification.overdue";
    static final String ACCEPTANCE_NEEDED = "case.notification.acceptance-needed";
    static final String RETURNED = "case.notification.returned";
    static final String COMMENTED = "case.notification.commented";

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final CaseContext context;
    private final List<NotificationListener> listeners = new CopyOnWriteArrayList<>();

    Notifications(CaseContext context) {
        this.context = context;
    }

    /** Raises a notification about a case for a user ({@code userId}) or for the heads of a unit ({@code unitId}). */
    static void raise(EntityManager em, CaseRecord record, Long userId, Long unitId, String key, Instant now) {
        Notification n = new Notification();
        n.caseId = record.getId();
        n.caseNumber = record.number;
        n.recipientUserId = userId;
        n.recipientUnitId = unitId;
        n.messageKey = key;
        n.createdAt = Times.utc(now);
        em.persist(n);
    }

    void addListener(NotificationListener listener) {
        listeners.add(listener);
    }

    void removeListener(NotificationListener listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners, after the commit, that notifications were raised; a failing listener is only logged. */
    void announce(Set<Long> userIds, Set<Long> unitIds) {
        if (userIds.isEmpty() && unitIds.isEmpty()) {
            return;
        }
        for (NotificationListener listener : listeners) {
            try {
                listener.notificationsAdded(SOURCE, Set.copyOf(userIds), Set.copyOf(unitIds));
            } catch (RuntimeException e) {
                LOG.warn("A notification listener ({}) failed: {}", listener.getClass().getName(), e.toString(), e);
            }
        }
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<UserNotification> notifications(UserPrincipal user, boolean unreadOnly, int limit) {
        return list(user, unreadOnly, limit).stream().map(n -> new UserNotification(SOURCE, n.id(), n.messageKey(),
                n.caseNumber(), CASE_LOCATION + n.caseId(), n.createdAt(), n.read())).toList();
    }

    @Override
    public long unreadCount(UserPrincipal user) {
        AccessScope heads = context.access().scope(user, CasePermissions.CLOSE);
        return context.store().read(em -> {
            TypedQuery<Long> query = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE " + addressed(heads)
                    + UNREAD, Long.class).setParameter("me", user.userId());
            units(query, heads);
            return query.getSingleResult();
        });
    }

    @Override
    public List<CaseNotification> list(UserPrincipal user, boolean unreadOnly, int limit) {
        int max = Math.max(1, Math.min(limit, 500));
        AccessScope heads = context.access().scope(user, CasePermissions.CLOSE);
        return context.store().read(em -> {
            TypedQuery<Notification> query = em.createQuery("SELECT n FROM Notification n WHERE " + addressed(heads)
                    + (unreadOnly ? UNREAD : "") + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                    .setParameter("me", user.userId());
            units(query, heads);
            List<Notification> rows = query.setMaxResults(max).getResultList();
            Set<Long> read = new HashSet<>();
            if (!rows.isEmpty()) {
                read.addAll(em.createQuery("SELECT r.notificationId FROM NotificationRead r WHERE r.userId = :me "
                        + "AND r.notificationId IN :ids", Long.class).setParameter("me", user.userId())
                        .setParameter("ids", rows.stream().map(Notification::getId).toList()).getResultList());
            }
            return rows.stream().map(n -> new CaseNotification(n.getId(), n.caseId, n.caseNumber, n.messageKey,
                    Times.instant(n.createdAt), read.contains(n.getId()))).toList();
        });
    }

    @Override
    public void markRead(UserPrincipal user, long notificationId) {
        AccessScope heads = context.access().scope(user, CasePermissions.CLOSE);
        context.store().run(em -> {
            Notification n = em.find(Notification.class, notificationId);
            boolean mine = n != null && ((n.recipientUserId != null && n.recipientUserId == user.userId())
                    || (n.recipientUnitId != null && heads.covers(n.recipientUnitId)));
            if (!mine) {
                return;
            }
            long already = em.createQuery("SELECT COUNT(r) FROM NotificationRead r WHERE r.notificationId = :n "
                    + "AND r.userId = :me", Long.class).setParameter("n", notificationId)
                    .setParameter("me", user.userId()).getSingleResult();
            if (already == 0) {
                NotificationRead read = new NotificationRead();
                read.notificationId = notificationId;
                read.userId = user.userId();
                em.persist(read);
            }
        });
    }

    private static final String UNREAD = " AND NOT EXISTS (SELECT r FROM NotificationRead r "
            + "WHERE r.notificationId = n.id AND r.userId = :me)";

    private static String addressed(AccessScope heads) {
        String units = heads.unrestricted() ? " OR n.recipientUnitId IS NOT NULL"
                : heads.isEmpty() ? "" : " OR n.recipientUnitId IN :units";
        return "(n.recipientUserId = :me" + units + ")";
    }

    private static void units(TypedQuery<?> query, AccessScope heads) {
        if (!heads.unrestricted() && !heads.isEmpty()) {
            query.setParameter("units", heads.unitIds());
        }
    }
}
