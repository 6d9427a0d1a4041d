package org.danvan.conduct.ui.internal;

import java.util.List;

import org.danvan.conduct.api.ConductPermissions;
import org.danvan.conduct.api.ConductService;
import org.danvan.conduct.api.Sanction;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.spi.HomeCard;
import org.danvan.platform.ui.spi.HomeCard.Severity;
import org.danvan.platform.ui.spi.HomeCardItem;
import org.danvan.platform.ui.spi.HomeCardProvider;
import org.danvan.platform.ui.spi.HomeLink;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The home page's reminder: sanction decisions whose breach is not yet remedied (red once late), for who manages. */
@Component(service = HomeCardProvider.class)
public class ConductHomeCards implements HomeCardProvider {

    static final String REMEDY = "conduct.remedy";

    private final ConductService conduct;

    @Activate
    public ConductHomeCards(@Reference ConductService conduct) {
        this.conduct = conduct;
    }

    @Override
    public String permission() {
        return ConductPermissions.MANAGE;
    }

    @Override
    public List<HomeCard> cards(UserPrincipal user) {
        List<Sanction> open = conduct.awaitingRemedy(user);
        if (open.isEmpty()) {
            return List.of();
        }
        HomeLink all = HomeLink.of(SanctionsViewContribution.ROUTE);
        boolean late = open.stream().anyMatch(Sanction::overdue);
        return List.of(new HomeCard(REMEDY, "conduct.ui.home.remedy", open.size(), open.stream()
                .limit(HomeCard.MAX_ITEMS).map(s -> new HomeCardItem(s.officialName() + " — " + s.decisionNumber(),
                        s.remedyBy(), s.overdue(), all)).toList(), all, 87, late ? Severity.DANGER : Severity.WARNING));
    }
}
