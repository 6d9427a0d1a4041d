package org.danvan.reception.ui.internal.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.danvan.platform.api.security.AccessDeniedException;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.danvan.reception.api.CommitmentDraft;
import org.danvan.reception.api.DialogueDraft;
import org.danvan.reception.api.LeaderRole;
import org.danvan.reception.api.ReceptionPermissions;
import org.danvan.reception.api.ReceptionSchedule;
import org.danvan.reception.api.ReceptionSession;
import org.danvan.reception.api.SessionKind;
import org.danvan.reception.api.SessionStatus;
import org.danvan.reception.ui.internal.testing.FakeDialogues;
import org.danvan.reception.ui.internal.testing.FakeSchedule;
import org.danvan.reception.ui.internal.testing.TestUsers;
import org.junit.jupiter.api.Test;

class ReceptionHomeCardsTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    private final FakeSchedule schedule = new FakeSchedule();
    private final FakeDialogues dialogues = new FakeDialogues();
    private final ReceptionHomeCards provider = new ReceptionHomeCards(schedule, dialogues, () -> TODAY);

    private void session(long id, LocalDate day, SessionStatus status, long unit) {
        schedule.addSession(new ReceptionSession(id, 1, unit, day, "Trụ sở UBND xã", SessionKind.REGULAR, status,
                null, "Nguyễn Văn An", LeaderRole.HEAD, null, null, null, null));
    }

    private Map<String, HomeCard> cards(UserPrincipal user) {
        return provider.cards(user).stream().collect(Collectors.toMap(HomeCard::id, c -> c));
    }

    @Test
    void todayAndThisWeekCountTheUnitsSessionsThatAreNotCancelled() {
        session(1, TODAY, SessionStatus.SCHEDULED, 12);
        session(2, TODAY.minusDays(2), SessionStatus.HELD, 12); // Monday
        session(3, TODAY.plusDays(4), SessionStatus.SCHEDULED, 12); // Sunday
        session(4, TODAY.plusDays(1), SessionStatus.CANCELLED, 12);
        session(5, TODAY.plusDays(5), SessionStatus.SCHEDULED, 12); // next Monday
        session(6, TODAY, SessionStatus.SCHEDULED, 13); // another unit
        Map<String, HomeCard> card = cards(TestUsers.READER);
        HomeCard today = card.get("reception.sessions-today");
        assertEquals(1, today.count());
        assertEquals("Nguyễn Văn An · Trụ sở UBND xã", today.items().get(0).label());
        assertEquals(TODAY, today.items().get(0).date());
        assertEquals("lich-tiep-cong-dan", today.seeAll().location());
        assertEquals(3, card.get("reception.sessions-week").count());
        assertEquals(List.of(TODAY.minusDays(2), TODAY, TODAY.plusDays(4)),
                card.get("reception.sessions-week").items().stream().map(i -> i.date()).sorted().toList());
    }

    @Test
    void myCommitmentsAreTheOpenOnesIOwnRedWhenOneIsLate() {
        dialogues.record(new DialogueDraft(12, TODAY.minusDays(30), "Giải phóng mặt bằng", "Nhân dân thôn Đông",
                "Bồi thường", null, List.of(
                        new CommitmentDraft("Trả lời bằng văn bản về giá bồi thường", "Trần Văn Minh", 8L,
                                TODAY.minusDays(1)),
                        new CommitmentDraft("Tổ chức đo đạc lại", "Trần Văn Minh", 8L, TODAY.plusDays(10)),
                        new CommitmentDraft("Họp với chủ đầu tư", "Nguyễn Thị Lan", 7L, TODAY.plusDays(3)))),
                TestUsers.OFFICER);
        HomeCard mine = cards(TestUsers.READER).get("reception.my-commitments");
        assertEquals(2, mine.count(), "only the reader's own");
        assertEquals(Severity.DANGER, mine.severity());
        assertTrue(mine.items().get(0).late());
        assertEquals("doi-thoai", mine.seeAll().location());
        assertEquals(TODAY.plusYears(ReceptionHomeCards.COMMITMENT_YEARS), dialogues.commitmentsDueBy.get(0),
                "every open commitment, not only those due soon");

        HomeCard officers = cards(TestUsers.OFFICER).get("reception.my-commitments");
        assertEquals(1, officers.count());
        assertEquals(Severity.WARNING, officers.severity(), "none late");
    }

    @Test
    void noUnitOrNoPermissionThereMeansNoCards() {
        assertEquals(ReceptionPermissions.VIEW, provider.permission());
        UserPrincipal nowhere = new UserPrincipal(9, "x", "X", null, null, Set.of(ReceptionPermissions.VIEW));
        assertTrue(provider.cards(nowhere).isEmpty());
        // the permission held at another unit only: the engine refuses the user's own unit, the page goes on
        ReceptionSchedule refusing = (ReceptionSchedule) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] { ReceptionSchedule.class }, (proxy, method, args) -> {
                    throw new AccessDeniedException("minh", ReceptionPermissions.VIEW, 12);
                });
        assertTrue(new ReceptionHomeCards(refusing, dialogues, () -> TODAY).cards(TestUsers.READER).isEmpty());
    }
}
