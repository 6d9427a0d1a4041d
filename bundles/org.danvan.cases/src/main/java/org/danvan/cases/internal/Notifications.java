package org.danvan.cases.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.danvan.cases.api.CaseNotification;
import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.NotificationService;
import org.danvan.cases.internal.model.Notification;
import org.danvan.cases.internal.model.NotificationRead;
import org.danvan.platform.api.security.AccessScope;
import org.danvan.platform.api.security.UserPrincipal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Notifications of a user: those addressed to them and those addressed to units where they are a head (hold
 * {@code case.close}).
 */
final class Notifications implements NotificationService {

    private final CaseContext context;

    Notifications(CaseContext context) {
        this.context = context;
    }

    @Override
    public List<CaseNotification> list(UserPrincipal user, boolean unreadOnly, int limit) {
        int max = Math.max(1, Math.min(limit, 500));
        AccessScope heads = context.access().scope(user, CasePermissions.CLOSE);
        return context.store().read(em -> {
            List<Notification> rows = visible(em, user, heads, unreadOnly).setMaxResults(max).getResultList();
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

    private static TypedQuery<Notification> visible(EntityManager em, UserPrincipal user, AccessScope heads,
            boolean unreadOnly) {
        String units = heads.unrestricted() ? " OR n.recipientUnitId IS NOT NULL"
                : heads.isEmpty() ? "" : " OR n.recipientUnitId IN :units";
        String unread = unreadOnly ? " AND NOT EXISTS (SELECT r FROM NotificationRead r WHERE r.notificationId = n.id "
                + "AND r.userId = :me)" : "";
        TypedQuery<Notification> query = em.createQuery("SELECT n FROM Notification n WHERE (n.recipientUserId = :me"
                + units + ")" + unread + " ORDER BY n.createdAt DESC, n.id DESC", Notification.class)
                .setParameter("me", user.userId());
        if (!heads.unrestricted() && !heads.isEmpty()) {
            query.setParameter("units", heads.unitIds());
        }
        return query;
    }
}
