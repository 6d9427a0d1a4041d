package org.danvan.grassroots.internal;

import java.time.LocalDate;
import java.util.List;

import org.danvan.grassroots.api.FollowUpTask;
import org.danvan.grassroots.api.SteeringActivity;
import org.danvan.grassroots.api.SteeringActivityDraft;
import org.danvan.grassroots.api.SteeringCommittee;
import org.danvan.grassroots.api.SteeringCommitteeDraft;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SteeringService} for other bundles, on the module's one persistence unit. */
@Component(service = SteeringService.class, immediate = true)
public class SteeringServiceComponent implements SteeringService {

    private final SteeringService steering;

    @Activate
    public SteeringServiceComponent(@Reference GrassrootsServices core) {
        this.steering = core.steering();
    }

    @Override
    public List<SteeringCommittee> committees(UserPrincipal user) {
        return steering.committees(user);
    }

    @Override
    public SteeringCommittee createCommittee(SteeringCommitteeDraft draft, UserPrincipal user) {
        return steering.createCommittee(draft, user);
    }

    @Override
    public List<SteeringActivity> activities(long committeeId, UserPrincipal user) {
        return steering.activities(committeeId, user);
    }

    @Override
    public SteeringActivity record(long committeeId, SteeringActivityDraft draft, UserPrincipal user) {
        return steering.record(committeeId, draft, user);
    }

    @Override
    public List<FollowUpTask> tasks(long activityId, UserPrincipal user) {
        return steering.tasks(activityId, user);
    }

    @Override
    public FollowUpTask addTask(long activityId, String task, String assignee, LocalDate dueOn, UserPrincipal user) {
        return steering.addTask(activityId, task, assignee, dueOn, user);
    }

    @Override
    public FollowUpTask completeTask(long taskId, long expectedVersion, String result, LocalDate doneOn,
            UserPrincipal user) {
        return steering.completeTask(taskId, expectedVersion, result, doneOn, user);
    }
}
