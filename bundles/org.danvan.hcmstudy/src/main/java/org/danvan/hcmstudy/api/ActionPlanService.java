package org.danvan.hcmstudy.api;

import java.time.LocalDate;
import java.util.List;

import org.danvan.platform.api.security.UserPrincipal;
import org.osgi.annotation.versioning.ProviderType;

/** Action plans and their tasks; changes need {@link HcmStudyPermissions#MANAGE} at the plan's unit. */
@ProviderType
public interface ActionPlanService {

    int TEXT_MAX = 300;

    String TITLE_REQUIRED = "hcmstudy.validation.plan.title";
    String MEASURE_REQUIRED = "hcmstudy.validation.task.measure";
    String OWNER_REQUIRED = "hcmstudy.validation.task.owner";
    /** Argument: the next working day. */
    String DUE_NOT_WORKING = "hcmstudy.validation.task.dueNotWorking";
    String DUE_IN_YEAR = "hcmstudy.validation.task.dueInYear";
    String DONE_DAY = "hcmstudy.validation.task.doneOn";

    List<ActionPlan> plans(long unitId, int year, UserPrincipal user);

    ActionPlan createPlan(Long unitId, Integer year, String title, UserPrincipal user);

    ActionPlan addTask(long planId, String title, String measure, String owner, LocalDate dueOn, UserPrincipal user);

    ActionPlan completeTask(long taskId, long expectedVersion, LocalDate doneOn, UserPrincipal user);
}
