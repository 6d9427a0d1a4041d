package org.danvan.procedures.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.danvan.platform.ui.spi.HomeCardItem;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.platform.ui.spi.HomeLink;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.Review;
import org.danvan.procedures.api.ReviewService;
import org.danvan.procedures.api.ReviewStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The home page's reminders: proposals waiting for the head's decision, and adopted proposals whose follow-up is due
 * (red once late) — each card only for whom it concerns, as the service decides.
 */
@Component(service = HomeCardProvider.class)
public class ProcedureHomeCards implements HomeCardProvider {

    static final String DECIDE = "procedure-review.decide";
    static final String FOLLOW_UP = "procedure-review.follow-up";

    private final ReviewService reviews;

    @Activate
    public ProcedureHomeCards(@Reference ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String permission() {
        return ProcedurePermissions.VIEW;
    }

    @Override
    public List<HomeCard> cards(UserPrincipal user) {
        List<Review> waiting = reviews.awaiting(user);
        HomeLink all = HomeLink.of(ReviewViewContribution.ROUTE);
        List<Review> decide = waiting.stream().filter(r -> r.status() == ReviewStatus.ASSESSED).toList();
        List<Review> followUp = waiting.stream().filter(r -> r.status() == ReviewStatus.ADOPTED).toList();
        List<HomeCard> cards = new ArrayList<>();
        if (!decide.isEmpty()) {
            cards.add(new HomeCard(DECIDE, "procedures.ui.home.decide", decide.size(), items(decide, all), all, 85,
                    Severity.WARNING));
        }
        if (!followUp.isEmpty()) {
            boolean late = followUp.stream().anyMatch(Review::followUpOverdue);
            cards.add(new HomeCard(FOLLOW_UP, "procedures.ui.home.followUp", followUp.size(), items(followUp, all),
                    all, 86, late ? Severity.DANGER : Severity.WARNING));
        }
        return cards;
    }

    private static List<HomeCardItem> items(List<Review> rows, HomeLink all) {
        return rows.stream().limit(HomeCard.MAX_ITEMS).map(r -> new HomeCardItem(r.procedureCode() + " "
                + r.procedureName(), r.implementBy(), r.followUpOverdue(), all)).toList();
    }
}
