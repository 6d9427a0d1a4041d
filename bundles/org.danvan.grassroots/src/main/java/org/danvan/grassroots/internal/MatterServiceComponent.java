package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.grassroots.api.BallotResult;
import org.danvan.grassroots.api.Matter;
import org.danvan.grassroots.api.MatterDraft;
import org.danvan.grassroots.api.MatterService;
import org.danvan.grassroots.api.Recognition;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MatterService} for other bundles, on the module's one persistence unit. */
@Component(service = MatterService.class, immediate = true)
public class MatterServiceComponent implements MatterService {

    private final MatterService matters;

    @Activate
    public MatterServiceComponent(@Reference GrassrootsServices core) {
        this.matters = core.matters();
    }

    @Override
    public List<Matter> list(UserPrincipal user, int offset, int limit) {
        return matters.list(user, offset, limit);
    }

    @Override
    public long count(UserPrincipal user) {
        return matters.count(user);
    }

    @Override
    public List<Matter> inPeriod(UserPrincipal user, long unitId, LocalDate from, LocalDate to) {
        return matters.inPeriod(user, unitId, from, to);
    }

    @Override
    public Matter create(MatterDraft draft, UserPrincipal user) {
        return matters.create(draft, user);
    }

    @Override
    public Matter update(long id, long expectedVersion, MatterDraft draft, UserPrincipal user) {
        return matters.update(id, expectedVersion, draft, user);
    }

    @Override
    public Matter recordResult(long id, long expectedVersion, BallotResult result, UserPrincipal user) {
        return matters.recordResult(id, expectedVersion, result, user);
    }

    @Override
    public Matter recordSent(long id, long expectedVersion, LocalDate sentOn, UserPrincipal user) {
        return matters.recordSent(id, expectedVersion, sentOn, user);
    }

    @Override
    public Matter recordRecognition(long id, long expectedVersion, Recognition recognition, UserPrincipal user) {
        return matters.recordRecognition(id, expectedVersion, recognition, user);
    }

    @Override
    public void delete(long id, long expectedVersion, UserPrincipal user) {
        matters.delete(id, expectedVersion, user);
    }
}
