package org.danvan.grassroots.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Steering Committees for grassroots democracy at each level: members, the yearly plan, meetings, rounds of
 * inspection and supervision of mass-mobilisation work in the units below, and the follow-up tasks set after a
 * meeting or round with their due days. Reading needs {@link GrassrootsPermissions#VIEW} or
 * {@link GrassrootsPermissions#MANAGE_STEERING}; changing the latter, at the committee's unit.
 */
@ProviderType
public interface SteeringService {

    /** One plan per committee and year. */
    String DUPLICATE_PLAN = "grassroots.validation.activity.duplicatePlan";
    /** Argument: the longest text. */
    String TASK_TEXT = "grassroots.validation.task.text";
    /** Argument: the longest text. */
    String ASSIGNEE = "grassroots.validation.task.assignee";
    String TASK_DUE = "grassroots.validation.task.dueOn";
    String TASK_PARENT = "grassroots.validation.task.parent";
    String DONE_ON = "grassroots.validation.task.doneOn";
    String ALREADY_DONE = "grassroots.validation.task.done";
    int TASK_MAX_LENGTH = 1000;
    int ASSIGNEE_MAX_LENGTH = 200;

    /** The committees the user may read. */
    List<SteeringCommittee> committees(UserPrincipal user);

    /** Records a committee with its members. */
    SteeringCommittee createCommittee(SteeringCommitteeDraft draft, UserPrincipal user);

    /** A committee's plans, meetings and rounds, latest first. */
    List<SteeringActivity> activities(long committeeId, UserPrincipal user);

    /** Records a plan, meeting or round. */
    SteeringActivity record(long committeeId, SteeringActivityDraft draft, UserPrincipal user);

    /** The follow-up tasks of a meeting or round, by due day. */
    List<FollowUpTask> tasks(long activityId, UserPrincipal user);

    /** Sets a follow-up task after a meeting or round (not after a plan), due after the activity's day. */
    FollowUpTask addTask(long activityId, String task, String assignee, LocalDate dueOn, UserPrincipal user);

    /** Records that a task was done. */
    FollowUpTask completeTask(long taskId, long expectedVersion, String result, LocalDate doneOn, UserPrincipal user);
}
