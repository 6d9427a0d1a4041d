package org.danvan.cases.ui.internal.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.danvan.cases.api.CasePermissions;
import org.danvan.cases.api.CaseQuery;
import org.danvan.cases.api.CaseService;
import org.danvan.cases.api.CaseStatus;
import org.danvan.cases.api.CaseSummary;
import org.danvan.cases.api.Page;
import org.danvan.cases.api.Worklist;
import org.danvan.cases.ui.internal.detail.CaseDetailContribution;
import org.danvan.cases.ui.internal.worklist.WorklistContribution;
import org.danvan.cases.ui.internal.worklist.WorklistLink;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.danvan.platform.ui.spi.HomeCardItem;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.platform.ui.spi.HomeLink;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The case cards of the home page, each read through {@link CaseService#find} with the user (so only cases of the
 * user's scope count) and each opening the worklist filtered the same way:
 * <ul>
 * <li>{@code cases.mine-overdue} — my open cases past their due date (red);</li>
 * <li>{@code cases.mine-today} — my open cases due today;</li>
 * <li>{@code cases.mine-near-due} — my open cases due later within the near-due window;</li>
 * <li>{@code cases.unit-overdue} — every overdue case of my units (for those who may assign: the unit's head);</li>
 * <li>{@code cases.unit-queue} — open cases without a handler (for those who may assign);</li>
 * <li>{@code cases.to-classify} — received, waiting for classification (for those who may classify);</li>
 * <li>{@code cases.to-accept} — classified, waiting for the decision to accept or return (for those who may
 * accept).</li>
 * </ul>
 * Extensions are not a waiting state of the case engine (a head extends directly), so no card waits for them.
 */
@Component(service = HomeCardProvider.class)
public class CaseHomeCards implements HomeCardProvider {

    /** How many of my near-due cases are read to split "today" from "later" (the near-due window is days long). */
    static final int NEAR_DUE_SCAN = 500;
    private static final int FIRST = HomeCard.MAX_ITEMS;

    private final CaseService cases;
    private final Supplier<LocalDate> today;

    @Activate
    public CaseHomeCards(@Reference CaseService cases) {
        this(cases, () -> LocalDate.now(PlatformTime.ZONE));
    }

    /** For tests: a clock of their own. */
    CaseHomeCards(CaseService cases, Supplier<LocalDate> today) {
        this.cases = cases;
        this.today = today;
    }

    @Override
    public String permission() {
        return CasePermissions.VIEW;
    }

    @Override
    public List<HomeCard> cards(UserPrincipal user) {
        LocalDate day = today.get();
        List<HomeCard> cards = new ArrayList<>();
        cards.add(card("cases.mine-overdue", "cases.ui.home.mine-overdue", 10, Severity.DANGER, user,
                query(Worklist.OVERDUE, null, user.userId(), FIRST), day,
                link(Worklist.OVERDUE, WorklistLink.MINE, "1")));
        cards.addAll(nearDue(user, day));
        if (user.hasPermission(CasePermissions.ASSIGN)) {
            cards.add(card("cases.unit-overdue", "cases.ui.home.unit-overdue", 40, Severity.DANGER, user,
                    query(Worklist.OVERDUE, null, null, FIRST), day, link(Worklist.OVERDUE)));
            cards.add(card("cases.unit-queue", "cases.ui.home.unit-queue", 50, Severity.WARNING, user,
                    query(Worklist.UNIT_QUEUE, null, null, FIRST), day, link(Worklist.UNIT_QUEUE)));
        }
        if (user.hasPermission(CasePermissions.CLASSIFY)) {
            cards.add(card("cases.to-classify", "cases.ui.home.to-classify", 60, Severity.WARNING, user,
                    query(Worklist.ALL, CaseStatus.RECEIVED, null, FIRST), day,
                    link(Worklist.ALL, WorklistLink.STATUS, CaseStatus.RECEIVED.name())));
        }
        if (user.hasPermission(CasePermissions.ACCEPT)) {
            cards.add(card("cases.to-accept", "cases.ui.home.to-accept", 70, Severity.WARNING, user,
                    query(Worklist.ALL, CaseStatus.CLASSIFIED, null, FIRST), day,
                    link(Worklist.ALL, WorklistLink.STATUS, CaseStatus.CLASSIFIED.name())));
        }
        return cards;
    }

    /** My near-due cases split into due today and due later (one query, soonest first). */
    private List<HomeCard> nearDue(UserPrincipal user, LocalDate day) {
        Page<CaseSummary> near = cases.find(user, query(Worklist.NEAR_DUE, null, user.userId(), NEAR_DUE_SCAN));
        List<CaseSummary> dueToday = near.items().stream().filter(c -> day.equals(c.dueDate())).toList();
        List<CaseSummary> later = near.items().stream().filter(c -> !day.equals(c.dueDate())).toList();
        // beyond the scan (hundreds of near-due cases of one handler) the rest counts as "later"
        long laterCount = near.total() - dueToday.size();
        HomeLink all = link(Worklist.NEAR_DUE, WorklistLink.MINE, "1");
        return List.of(
                new HomeCard("cases.mine-today", "cases.ui.home.mine-today", dueToday.size(), items(dueToday, day),
                        all, 20, Severity.WARNING),
                new HomeCard("cases.mine-near-due", "cases.ui.home.mine-near-due", laterCount, items(later, day),
                        all, 30, Severity.WARNING));
    }

    private HomeCard card(String id, String titleKey, int order, Severity severity, UserPrincipal user,
            CaseQuery query, LocalDate day, HomeLink seeAll) {
        Page<CaseSummary> page = cases.find(user, query);
        return new HomeCard(id, titleKey, page.total(), items(page.items(), day), seeAll, order, severity);
    }

    private static List<HomeCardItem> items(List<CaseSummary> rows, LocalDate day) {
        return rows.stream().limit(FIRST).map(row -> new HomeCardItem(label(row), row.dueDate(),
                row.dueDate() != null && row.dueDate().isBefore(day),
                HomeLink.of(CaseDetailContribution.ROUTE, CaseDetailContribution.ID, Long.toString(row.id()))))
                .toList();
    }

    /** The number and the start of the subject, as the worklist shows them. */
    static String label(CaseSummary row) {
        String concerned = row.concerned() == null ? "" : row.concerned().strip();
        String text = row.excerpt() == null ? "" : row.excerpt().strip();
        String subject = concerned.isEmpty() ? text : text.isEmpty() ? concerned : concerned + " — " + text;
        if (subject.length() > 80) {
            subject = subject.substring(0, 79) + "…";
        }
        return subject.isEmpty() ? row.number() : row.number() + " · " + subject;
    }

    private static CaseQuery query(Worklist worklist, CaseStatus status, Long handler, int limit) {
        return new CaseQuery(worklist, null, status == null ? null : Set.of(status), null, false, null, null, handler,
                null, true, 0, limit);
    }

    private static HomeLink link(Worklist worklist, String... more) {
        String[] parameters = new String[more.length + 2];
        parameters[0] = WorklistLink.WORKLIST;
        parameters[1] = worklist.name();
        System.arraycopy(more, 0, parameters, 2, more.length);
        return HomeLink.of(WorklistContribution.ROUTE, parameters);
    }
}
