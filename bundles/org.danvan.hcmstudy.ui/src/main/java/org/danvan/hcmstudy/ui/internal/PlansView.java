package org.danvan.hcmstudy.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.danvan.hcmstudy.api.ActionPlan;
import org.danvan.hcmstudy.api.ActionPlanService;
import org.danvan.hcmstudy.api.HcmStudyPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A unit's action plans of a year: measurable tasks with owner and due day (a working day), done or overdue.
 */
public class PlansView extends StudyScreen {

    private static final long serialVersionUID = 1L;

    /** A task with the plan it belongs to, one row of the list. */
    record Row(ActionPlan plan, ActionPlan.Task task) {
    }

    private final transient ActionPlanService plans;
    private final Button newPlan;
    private final Button addTask;
    private final Paragraph progress = new Paragraph();
    private final Grid<Row> grid = new Grid<>();
    private transient List<ActionPlan> shown = List.of();

    public PlansView(ActionPlanService plans, OrgUnitDirectory units, AccessControl access) {
        super("hs-plans", units, access);
        this.plans = plans;
        newPlan = button("hs-plan-new", "hcmstudy.ui.plan.new", e -> newPlan());
        addTask = button("hs-task-add", "hcmstudy.ui.task.add", e -> addTask());
        progress.setId("hs-plans-progress");
        grid.setId("hs-task-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.plan().title()).setHeader(getTranslation("hcmstudy.ui.plan.title")).setFlexGrow(1);
        grid.addColumn(r -> r.task().title()).setHeader(getTranslation("hcmstudy.ui.task.title")).setFlexGrow(2);
        grid.addColumn(r -> r.task().measure()).setHeader(getTranslation("hcmstudy.ui.task.measure")).setFlexGrow(1);
        grid.addColumn(r -> r.task().owner()).setHeader(getTranslation("hcmstudy.ui.task.owner")).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            ActionPlan.Task t = r.task();
            Span state = new Span(t.doneOn() != null ? getTranslation("hcmstudy.ui.task.done",
                    LocalizedDates.format(t.doneOn())) : getTranslation("hcmstudy.ui.task.due",
                            LocalizedDates.format(t.dueOn())));
            state.setId("hs-task-state-" + t.id());
            if (t.overdue()) {
                state.getElement().getThemeList().add("badge error");
                state.setText(getTranslation("hcmstudy.ui.task.overdue", LocalizedDates.format(t.dueOn())));
            }
            return state;
        }).setHeader(getTranslation("hcmstudy.ui.task.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Button done = button("hs-task-done-" + r.task().id(), "hcmstudy.ui.task.markDone",
                    e -> markDone(r.task()));
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setVisible(r.task().doneOn() == null && may(HcmStudyPermissions.MANAGE));
            return done;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("hcmstudy.ui.task.empty"));
        add(filters(newPlan, addTask), progress, grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        shown = unitId == null ? List.of() : plans.plans(unitId, chosenYear(), user);
        List<Row> rows = new ArrayList<>();
        shown.forEach(p -> p.tasks().forEach(t -> rows.add(new Row(p, t))));
        grid.setItems(rows);
        long done = rows.stream().filter(r -> r.task().doneOn() != null).count();
        long overdue = rows.stream().filter(r -> r.task().overdue()).count();
        progress.setText(getTranslation("hcmstudy.ui.plan.progress", shown.size(), rows.size(), done, overdue));
        boolean manage = may(HcmStudyPermissions.MANAGE);
        newPlan.setVisible(manage);
        addTask.setVisible(manage && !shown.isEmpty());
    }

    private void newPlan() {
        Dialog dialog = dialog("hs-plan-dialog", "hcmstudy.ui.plan.new");
        TextField title = new TextField(getTranslation("hcmstudy.ui.plan.title"));
        title.setId("hs-plan-title");
        title.setWidthFull();
        dialog.add(title);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(year, "year").field(title, "title");
        footer(dialog, "hs-plan-save", errors, () -> plans.createPlan(unitId(), year.getValue(), title.getValue(),
                user));
    }

    private void addTask() {
        Dialog dialog = dialog("hs-task-dialog", "hcmstudy.ui.task.add");
        Select<ActionPlan> plan = new Select<>();
        plan.setId("hs-task-plan");
        plan.setLabel(getTranslation("hcmstudy.ui.plan.title"));
        plan.setItems(shown);
        plan.setItemLabelGenerator(ActionPlan::title);
        plan.setValue(shown.get(shown.size() - 1));
        TextField title = new TextField(getTranslation("hcmstudy.ui.task.title"));
        title.setId("hs-task-title");
        TextField measure = new TextField(getTranslation("hcmstudy.ui.task.measure"));
        measure.setId("hs-task-measure");
        TextField owner = new TextField(getTranslation("hcmstudy.ui.task.owner"));
        owner.setId("hs-task-owner");
        DatePicker due = datePicker("hs-task-due", "hcmstudy.ui.task.dueOn");
        dialog.add(new FormLayout(plan, title, measure, owner, due));
        FieldErrors errors = new FieldErrors().field(title, "title").field(measure, "measure").field(owner, "owner")
                .field(due, "dueOn");
        footer(dialog, "hs-task-save", errors, () -> plans.addTask(plan.getValue().id(), title.getValue(),
                measure.getValue(), owner.getValue(), due.getValue(), user));
    }

    private void markDone(ActionPlan.Task task) {
        Dialog dialog = dialog("hs-done-dialog", "hcmstudy.ui.task.markDone");
        DatePicker day = datePicker("hs-done-day", "hcmstudy.ui.task.doneOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new Paragraph(task.title()), day);
        FieldErrors errors = new FieldErrors().field(day, "doneOn");
        footer(dialog, "hs-done-save", errors, () -> plans.completeTask(task.id(), task.version(), day.getValue(),
                user));
    }
}
