package org.danvan.supervision.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.time.PlatformTime;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.danvan.platform.ui.spi.HomeCardItem;
import org.danvan.platform.ui.spi.HomeLink;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.supervision.api.Recommendation;
import org.danvan.supervision.api.RecommendationService;
import org.danvan.supervision.api.SupervisionPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The reminder on the home page of the supervised unit: the recommendations of the Front and the organisations it
 * still owes an answer or a closing, oldest due first, red when one is past the day expected.
 */
@Component(service = HomeCardProvider.class)
public class SupervisionHomeCards implements HomeCardProvider {

    static final String OWED = "supervision.owed";

    private final RecommendationService recommendations;

    @Activate
    public SupervisionHomeCards(@Reference RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public String permission() {
        return SupervisionPermissions.ANSWER;
    }

    @Override
    public List<HomeCard> cards(UserPrincipal user) {
        List<Recommendation> owed = recommendations.owedBy(user);
        if (owed.isEmpty()) {
            return List.of();
        }
        LocalDate today = PlatformTime.today(PlatformTime.clock());
        HomeLink all = HomeLink.of(RecommendationsViewContribution.ROUTE);
        List<HomeCardItem> items = owed.stream().limit(HomeCard.MAX_ITEMS)
                .map(r -> new HomeCardItem(r.addresseeName() + ": " + r.content(), r.answerDueOn(), r.overdue(today),
                        all)).toList();
        boolean late = owed.stream().anyMatch(r -> r.overdue(today));
        return List.of(new HomeCard(OWED, "supervision.ui.home.owed", owed.size(), items, all, 70,
                late ? Severity.DANGER : Severity.WARNING));
    }
}
