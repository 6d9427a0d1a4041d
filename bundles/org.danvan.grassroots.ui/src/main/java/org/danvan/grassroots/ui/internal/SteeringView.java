package org.danvan.grassroots.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.danvan.grassroots.api.FollowUpTask;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.SteeringActivity;
import org.danvan.grassroots.api.SteeringActivityDraft;
import org.danvan.grassroots.api.SteeringActivityKind;
import org.danvan.grassroots.api.SteeringCommittee;
import org.danvan.grassroots.api.SteeringCommitteeDraft;
import org.danvan.grassroots.api.SteeringMember;
import org.danvan.grassroots.api.SteeringService;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.ModuleScreen;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Steering Committees for grassroots democracy: members (one a line, "name – position"), the yearly plan, meetings and
 * rounds of inspection of mass-mobilisation work in the units below, and the follow-up tasks with their due days.
 */
public class SteeringView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient SteeringService steering;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<SteeringCommittee> grid = new Grid<>();

    public SteeringView(SteeringService steering, OrgUnitDirectory units, AccessControl access) {
        this.steering = steering;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-steering");
        setSizeFull();
        Button add = new Button(getTranslation("grassroots.ui.steering.new"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("gr-steering-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_STEERING));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-steering-list");
        grid.addColumn(SteeringCommittee::name).setHeader(getTranslation("grassroots.ui.steering.name")).setFlexGrow(2);
        grid.addColumn(SteeringCommittee::unitName).setHeader(getTranslation("grassroots.ui.column.unit"))
                .setFlexGrow(1);
        grid.addColumn(c -> c.members().size()).setHeader(getTranslation("grassroots.ui.board.members"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            Span tasks = new Span(getTranslation("grassroots.ui.steering.taskCount", c.openTasks(), c.lateTasks()));
            if (c.lateTasks() > 0) {
                tasks.getElement().getThemeList().add("badge error");
            }
            return tasks;
        }).setHeader(getTranslation("grassroots.ui.steering.tasks")).setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("grassroots.ui.steering.activities"), e -> activities(c));
            open.setId("gr-steering-activities-" + c.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grassroots.ui.steering.empty"));
        refresh();
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.setItems(steering.committees(user));
    }

    /** "Nguyễn Văn A – Trưởng ban" a line → the members. */
    static List<SteeringMember> members(String lines) {
        return Arrays.stream(lines.split("\\R")).filter(l -> !l.isBlank()).map(l -> {
            int at = l.indexOf(BoardView.SEPARATOR);
            return new SteeringMember(at < 0 ? l : l.substring(0, at),
                    at < 0 ? null : l.substring(at + BoardView.SEPARATOR.length()));
        }).toList();
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setId("gr-steering-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.steering.new"));
        dialog.setWidth("44rem");
        dialog.setMaxWidth("100%");
        UnitPicker unit = new UnitPicker(units, "gr-steering-unit", getTranslation("grassroots.ui.column.unit"))
                .allowing(u -> access.isPermitted(user, GrassrootsPermissions.MANAGE_STEERING, u.id()));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        TextField name = new TextField(getTranslation("grassroots.ui.steering.name"));
        name.setId("gr-steering-name");
        name.setMaxLength(SteeringCommitteeDraft.NAME_MAX_LENGTH);
        DatePicker established = new DatePicker(getTranslation("grassroots.ui.steering.establishedOn"));
        established.setId("gr-steering-established-on");
        TextArea memberLines = new TextArea(getTranslation("grassroots.ui.board.members"));
        memberLines.setId("gr-steering-members");
        memberLines.setHelperText(getTranslation("grassroots.ui.steering.members.helper"));
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(name, "name")
                .field(established, "establishedOn").field(memberLines, "members");
        FormLayout form = new FormLayout(unit, established, name, memberLines);
        form.setColspan(name, 2);
        form.setColspan(memberLines, 2);
        dialog.add(form);
        ModuleScreen.saveFooter(this, dialog, "gr-steering-save", errors, () -> {
            OrgUnitInfo chosen = unit.getValue();
            steering.createCommittee(new SteeringCommitteeDraft(chosen == null ? null : chosen.id(), name.getValue(),
                    established.getValue(), members(memberLines.getValue())), user);
        }, this::refresh);
    }

    private void activities(SteeringCommittee committee) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-activities-dialog");
        dialog.setHeaderTitle(committee.name());
        dialog.setWidth("60rem");
        dialog.setMaxWidth("100%");
        boolean manage = user != null && access.isPermitted(user, GrassrootsPermissions.MANAGE_STEERING,
                committee.unitId());
        Grid<SteeringActivity> list = new Grid<>();
        list.setId("gr-activity-list");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(a -> LocalizedDates.format(a.heldOn())).setHeader(getTranslation("grassroots.ui.activity.day"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addColumn(a -> getTranslation("grassroots.ui.activity.kind." + a.kind().name())
                + (a.targetUnitName() == null ? "" : " – " + a.targetUnitName()))
                .setHeader(getTranslation("grassroots.ui.activity.kind")).setFlexGrow(1);
        list.addColumn(SteeringActivity::subject).setHeader(getTranslation("grassroots.ui.activity.subject"))
                .setFlexGrow(1);
        list.addColumn(SteeringActivity::content).setHeader(getTranslation("grassroots.ui.activity.content"))
                .setFlexGrow(2);
        list.addComponentColumn(a -> {
            Button tasks = new Button(getTranslation("grassroots.ui.activity.taskCount", a.tasks(), a.openTasks()),
                    e -> tasks(a, committee, manage));
            tasks.setId("gr-activity-tasks-" + a.id());
            tasks.addThemeVariants(ButtonVariant.LUMO_SMALL);
            tasks.setVisible(a.kind() != SteeringActivityKind.PLAN);
            return tasks;
        }).setHeader(getTranslation("grassroots.ui.steering.tasks")).setAutoWidth(true).setFlexGrow(0);
        list.setItems(steering.activities(committee.id(), user));
        dialog.add(list);
        if (manage) {
            Select<SteeringActivityKind> kind = new Select<>();
            kind.setId("gr-activity-kind");
            kind.setLabel(getTranslation("grassroots.ui.activity.kind"));
            kind.setItems(SteeringActivityKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("grassroots.ui.activity.kind." + k.name()));
            DatePicker day = new DatePicker(getTranslation("grassroots.ui.activity.day"), LocalizedDates.today());
            day.setId("gr-activity-day");
            Set<Long> below = units.currentSubtree(committee.unitId());
            UnitPicker target = new UnitPicker(units, "gr-activity-target", getTranslation(
                    "grassroots.ui.activity.target")).allowing(u -> below.contains(u.id()));
            target.setVisible(false);
            kind.addValueChangeListener(e -> target.setVisible(e.getValue() == SteeringActivityKind.ROUND));
            TextField subject = new TextField(getTranslation("grassroots.ui.activity.subject"));
            subject.setId("gr-activity-subject");
            subject.setMaxLength(SteeringActivityDraft.SUBJECT_MAX_LENGTH);
            TextArea content = new TextArea(getTranslation("grassroots.ui.activity.content"));
            content.setId("gr-activity-content");
            content.setMaxLength(SteeringActivityDraft.CONTENT_MAX_LENGTH);
            FieldErrors errors = new FieldErrors().field(kind, "kind").field(day, "heldOn")
                    .field(target, "targetUnitId").field(subject, "subject").field(content, "content");
            Button add = new Button(getTranslation("grassroots.ui.activity.add"), e -> {
                FieldErrors.Attempt attempt = errors.attempt(() -> steering.record(committee.id(),
                        new SteeringActivityDraft(kind.getValue(), day.getValue(), subject.getValue(),
                                content.getValue(), target.getValue() == null ? null : target.getValue().id()), user),
                        this::getTranslation);
                if (attempt.keepOpen()) {
                    return;
                }
                if (attempt.succeeded()) {
                    subject.clear();
                    content.clear();
                } else {
                    Refusals.show(attempt.refusal(), this::getTranslation);
                }
                list.setItems(steering.activities(committee.id(), user));
            });
            add.setId("gr-activity-add");
            FormLayout form = new FormLayout(kind, day, target, subject, content, add);
            form.setColspan(target, 2);
            form.setColspan(subject, 2);
            form.setColspan(content, 2);
            dialog.add(form);
        }
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private void tasks(SteeringActivity activity, SteeringCommittee committee, boolean manage) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-tasks-dialog");
        dialog.setHeaderTitle(activity.subject());
        dialog.setWidth("52rem");
        dialog.setMaxWidth("100%");
        Grid<FollowUpTask> list = new Grid<>();
        list.setId("gr-task-list");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(FollowUpTask::task).setHeader(getTranslation("grassroots.ui.task.text")).setFlexGrow(2);
        list.addColumn(FollowUpTask::assignee).setHeader(getTranslation("grassroots.ui.task.assignee"))
                .setFlexGrow(1);
        list.addComponentColumn(this::taskState).setHeader(getTranslation("grassroots.ui.task.state")).setFlexGrow(2);
        list.addComponentColumn(t -> {
            Button done = new Button(getTranslation("grassroots.ui.task.done"), e -> complete(t, list, activity));
            done.setId("gr-task-done-" + t.id());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setVisible(manage && t.doneOn() == null);
            return done;
        }).setAutoWidth(true).setFlexGrow(0);
        list.setItems(steering.tasks(activity.id(), user));
        dialog.add(list);
        if (manage) {
            TextField task = new TextField(getTranslation("grassroots.ui.task.text"));
            task.setId("gr-task-text");
            TextField assignee = new TextField(getTranslation("grassroots.ui.task.assignee"));
            assignee.setId("gr-task-assignee");
            DatePicker due = new DatePicker(getTranslation("grassroots.ui.recommendation.dueOn"),
                    LocalizedDates.today().plusDays(30));
            due.setId("gr-task-due-on");
            FieldErrors errors = new FieldErrors().field(task, "task").field(assignee, "assignee").field(due, "dueOn");
            Button add = new Button(getTranslation("grassroots.ui.task.add"), e -> {
                FieldErrors.Attempt attempt = errors.attempt(() -> steering.addTask(activity.id(), task.getValue(),
                        assignee.getValue(), due.getValue(), user), this::getTranslation);
                if (attempt.keepOpen()) {
                    return;
                }
                if (attempt.succeeded()) {
                    task.clear();
                } else {
                    Refusals.show(attempt.refusal(), this::getTranslation);
                }
                list.setItems(steering.tasks(activity.id(), user));
            });
            add.setId("gr-task-add");
            FormLayout form = new FormLayout(task, assignee, due, add);
            form.setColspan(task, 2);
            dialog.add(form);
        }
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.close"), e -> dialog.close()));
        dialog.open();
    }

    private Component taskState(FollowUpTask t) {
        Span text = new Span(t.doneOn() != null
                ? getTranslation("grassroots.ui.task.doneOn", LocalizedDates.format(t.doneOn()), t.result())
                : getTranslation("grassroots.ui.recommendation.due", LocalizedDates.format(t.dueOn())));
        text.setId("gr-task-state-" + t.id());
        text.getStyle().set("white-space", "normal");
        if (t.isLateOn(LocalizedDates.today())) {
            text.getElement().getThemeList().add("badge error");
        }
        return text;
    }

    private void complete(FollowUpTask t, Grid<FollowUpTask> list, SteeringActivity activity) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-task-done-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.task.done"));
        TextArea result = new TextArea(getTranslation("grassroots.ui.task.result"));
        result.setId("gr-task-result");
        result.setWidthFull();
        DatePicker day = new DatePicker(getTranslation("grassroots.ui.task.doneDay"), LocalizedDates.today());
        day.setId("gr-task-done-day");
        dialog.add(result, day);
        FieldErrors errors = new FieldErrors().field(result, "result").field(day, "doneOn");
        ModuleScreen.saveFooter(this, dialog, "gr-task-done-save", errors,
                () -> steering.completeTask(t.id(), t.version(), result.getValue(), day.getValue(), user),
                () -> list.setItems(steering.tasks(activity.id(), user)));
    }
}
