package org.danvan.dissemination.ui.internal;

import java.util.List;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
import org.danvan.dissemination.api.Pending;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.danvan.platform.ui.spi.HomeCardItem;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.platform.ui.spi.HomeLink;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The home page's reminder: the documents the user's units must still disseminate (no session yet) — red once one is
 * overdue, amber within the reminder rule's days of the due date.
 */
@Component(service = HomeCardProvider.class)
public class DisseminationHomeCards implements HomeCardProvider {

    static final String PENDING = "dissemination.pending";

    private final DisseminationService service;

    @Activate
    public DisseminationHomeCards(@Reference DisseminationService service) {
        this.service = service;
    }

    @Override
    public String permission() {
        return DisseminationPermissions.RECORD;
    }

    @Override
    public List<HomeCard> cards(UserPrincipal user) {
        List<Pending> pending = service.pending(user);
        if (pending.isEmpty()) {
            return List.of();
        }
        HomeLink all = HomeLink.of(DocumentsViewContribution.ROUTE);
        Severity severity = pending.stream().anyMatch(Pending::overdue) ? Severity.DANGER
                : pending.stream().anyMatch(Pending::remind) ? Severity.WARNING : Severity.NORMAL;
        List<HomeCardItem> items = pending.stream().limit(HomeCard.MAX_ITEMS).map(p -> new HomeCardItem(
                p.document().number() + " " + p.document().title(), p.dueOn(), p.overdue(), all)).toList();
        return List.of(new HomeCard(PENDING, "dissemination.ui.home.pending", pending.size(), items, all, 87,
                severity));
    }
}
