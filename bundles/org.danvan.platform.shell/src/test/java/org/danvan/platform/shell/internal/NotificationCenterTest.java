package org.danvan.platform.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.danvan.platform.api.notification.NotificationProvider;
import org.danvan.platform.api.notification.UserNotification;
import org.danvan.platform.api.security.UserPrincipal;
import org.junit.jupiter.api.Test;

class NotificationCenterTest {

    private static final UserPrincipal HANDLER = new UserPrincipal(4, "cuong", "Lê Văn Cường", 12L, "Xã Tiên Du",
            Set.of("case.view"));
    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

    /** A provider holding notifications in memory, marking them read as asked. */
    private static class Provider implements NotificationProvider {
        private final String source;
        private final List<UserNotification> items = new ArrayList<>();

        Provider(String source) {
            this.source = source;
        }

        void add(long id, long minutes) {
            items.add(new UserNotification(source, id, source + ".message", "2026/00000" + id, "x?id=" + id,
                    T0.plusSeconds(60 * minutes), false));
        }

        @Override
        public String source() {
            return source;
        }

        @Override
        public List<UserNotification> notifications(UserPrincipal user, boolean unreadOnly, int limit) {
            return items.stream().filter(n -> !unreadOnly || !n.read()).limit(limit).toList();
        }

        @Override
        public long unreadCount(UserPrincipal user) {
            return items.stream().filter(n -> !n.read()).count();
        }

        @Override
        public void markRead(UserPrincipal user, long id) {
            items.replaceAll(n -> n.id() == id ? new UserNotification(n.source(), n.id(), n.messageKey(),
                    n.subject(), n.location(), n.createdAt(), true) : n);
        }
    }

    private static final class Broken extends Provider {
        Broken() {
            super("broken");
        }

        @Override
        public List<UserNotification> notifications(UserPrincipal user, boolean unreadOnly, int limit) {
            throw new IllegalStateException("database gone");
        }

        @Override
        public long unreadCount(UserPrincipal user) {
            throw new IllegalStateException("database gone");
        }
    }

    @Test
    void mergesProvidersNewestFirstMarksReadAtTheRightSourceAndSurvivesABrokenOne() {
        NotificationCenter center = new NotificationCenter();
        Provider cases = new Provider("cases");
        Provider meetings = new Provider("meetings");
        cases.add(1, 0);
        cases.add(2, 20);
        meetings.add(1, 10);
        center.addProvider(cases);
        center.addProvider(new Broken());
        center.addProvider(meetings);

        assertEquals(3, center.unreadCount(HANDLER));
        List<UserNotification> latest = center.latest(HANDLER, 10);
        assertEquals(List.of("cases:2", "meetings:1", "cases:1"),
                latest.stream().map(n -> n.source() + ":" + n.id()).toList());
        assertEquals(2, center.latest(HANDLER, 2).size());

        center.markRead(HANDLER, latest.get(1));
        assertEquals(2, center.unreadCount(HANDLER));
        assertEquals(0, meetings.unreadCount(HANDLER), "the meeting's notification was the one read");
        assertEquals(2, cases.unreadCount(HANDLER));
    }

    @Test
    void aBellFollowsNotificationsAddressedToItsUserOrToUnitsUntilItStops() {
        NotificationCenter center = new NotificationCenter();
        List<String> refreshed = new ArrayList<>();
        Runnable stop = center.follow(bell(4, refreshed));
        center.follow(bell(5, refreshed));

        center.notificationsAdded("cases", Set.of(4L), Set.of());
        assertEquals(List.of("4"), refreshed, "only the addressee's bell");
        refreshed.clear();
        center.notificationsAdded("cases", Set.of(), Set.of(12L));
        assertEquals(Set.of("4", "5"), Set.copyOf(refreshed), "the heads of a unit are known to the provider only");
        refreshed.clear();
        stop.run();
        center.notificationsAdded("cases", Set.of(4L, 5L), Set.of());
        assertEquals(List.of("5"), refreshed);
        center.removeProvider(new Provider("none"));
        assertTrue(center.latest(HANDLER, 5).isEmpty());
    }

    private static NotificationCenter.Follower bell(long userId, List<String> refreshed) {
        return new NotificationCenter.Follower() {
            @Override
            public long userId() {
                return userId;
            }

            @Override
            public void notificationsChanged() {
                refreshed.add(Long.toString(userId));
            }
        };
    }

    @Test
    void aDatabaseOutageIsOneLinePerMinuteNotAStackTracePerBell() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000_000);
        NotificationCenter center = new NotificationCenter(now::get);
        Provider cases = new Provider("cases");
        cases.add(1, 0);
        Provider away = new Provider("meetings") {
            @Override
            public long unreadCount(UserPrincipal user) {
                throw new IllegalStateException("query failed", new java.sql.SQLTransientConnectionException(
                        "danvan - Connection is not available, request timed out after 5000ms"));
            }
        };
        center.addProvider(cases);
        center.addProvider(away);
        for (int bell = 0; bell < 20; bell++) {
            assertEquals(1, center.unreadCount(HANDLER), "the other providers still count");
        }
        assertEquals(1, center.outageLines());
        now.addAndGet(NotificationCenter.OUTAGE_LOG_INTERVAL_MS - 1);
        center.unreadCount(HANDLER);
        assertEquals(1, center.outageLines());
        now.addAndGet(1);
        center.unreadCount(HANDLER);
        assertEquals(2, center.outageLines());
        // a fault that is not the database stays a fault, logged each time, and is not counted as an outage
        center.addProvider(new Broken());
        assertEquals(1, center.unreadCount(HANDLER));
        assertEquals(2, center.outageLines());
    }
}
