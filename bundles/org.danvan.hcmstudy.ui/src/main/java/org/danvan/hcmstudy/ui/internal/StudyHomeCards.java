package org.danvan.hcmstudy.ui.internal;

import java.util.List;

import org.danvan.hcmstudy.api.CommitmentService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.hcmstudy.api.PendingPerson;
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
 * The reminder on the home page: what the signed-in member still owes this year (a registration, a self-review that
 * is due), shown only to people on a unit's member list.
 */
@Component(service = HomeCardProvider.class)
public class StudyHomeCards implements HomeCardProvider {

    static final String REGISTER = "hcmstudy.mine-register";
    static final String REVIEW = "hcmstudy.mine-review";

    private final CommitmentService commitments;

    @Activate
    public StudyHomeCards(@Reference CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    public String permission() {
        return HcmStudyPermissions.PARTICIPATE;
    }

    @Override
    public List<HomeCard> cards(UserPrincipal user) {
        if (commitments.myMemberships(user).isEmpty()) {
            return List.of();
        }
        List<PendingPerson> owed = commitments.myPending(user);
        HomeLink mine = HomeLink.of(MyCommitmentViewContribution.ROUTE);
        List<PendingPerson> register = owed.stream().filter(p -> p.commitmentId() == null).toList();
        List<PendingPerson> review = owed.stream().filter(p -> p.commitmentId() != null).toList();
        return List.of(card(REGISTER, "hcmstudy.ui.home.register", register, mine, 80),
                card(REVIEW, "hcmstudy.ui.home.review", review, mine, 81));
    }

    /** Each item names the person (and post) on the list of the unit where it is owed. */
    private static HomeCard card(String id, String titleKey, List<PendingPerson> rows, HomeLink mine, int order) {
        List<HomeCardItem> items = rows.stream().limit(HomeCard.MAX_ITEMS)
                .map(p -> new HomeCardItem(p.memberName(), null, false, mine)).toList();
        return new HomeCard(id, titleKey, rows.size(), items, mine, order, Severity.WARNING);
    }
}
