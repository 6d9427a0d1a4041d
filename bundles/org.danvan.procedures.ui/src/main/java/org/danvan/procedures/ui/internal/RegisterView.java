package org.danvan.procedures.ui.internal;

import java.util.List;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.procedures.api.Procedure;
import org.danvan.procedures.api.ProcedureDraft;
import org.danvan.procedures.api.ProcedureLevel;
import org.danvan.procedures.api.ProcedurePermissions;
import org.danvan.procedures.api.ProcedureRegister;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A unit's register of procedures: code, name, field, level, legal basis, steps, documents, time and fee. */
public class RegisterView extends ProcedureScreen {

    private static final long serialVersionUID = 1L;

    private final transient ProcedureRegister register;
    private final Button add;
    private final Paragraph count = new Paragraph();
    private final Grid<Procedure> grid = new Grid<>();

    public RegisterView(ProcedureRegister register, OrgUnitDirectory units, AccessControl access) {
        super("pr-register", units, access);
        this.register = register;
        add = button("pr-procedure-add", "procedures.ui.procedure.add", e -> edit(null));
        count.setId("pr-register-count");
        grid.setId("pr-procedure-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Procedure::code).setHeader(getTranslation("procedures.ui.procedure.code")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Procedure::name).setHeader(getTranslation("procedures.ui.procedure.name")).setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(Procedure::field).setHeader(getTranslation("procedures.ui.procedure.field")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.level().labelKey())).setHeader(getTranslation(
                "procedures.ui.procedure.level")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation("procedures.ui.days", p.processingDays())).setHeader(getTranslation(
                "procedures.ui.procedure.days")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(p -> money(p.feeVnd())).setHeader(getTranslation("procedures.ui.procedure.fee"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(p -> {
            Span state = new Span(getTranslation(p.abolished() ? "procedures.ui.procedure.abolished"
                    : "procedures.ui.procedure.inForce"));
            state.setId("pr-procedure-state-" + p.code());
            state.getElement().getThemeList().add(p.abolished() ? "badge contrast" : "badge success");
            return state;
        }).setHeader(getTranslation("procedures.ui.procedure.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> {
            Button edit = button("pr-procedure-edit-" + p.id(), "procedures.ui.edit", e -> edit(p));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setVisible(!p.abolished() && may(ProcedurePermissions.MANAGE));
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("procedures.ui.procedure.empty"));
        add(filters(false, add), count, grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        List<Procedure> shown = unitId == null ? List.of() : register.procedures(unitId, user);
        grid.setItems(shown);
        count.setText(getTranslation("procedures.ui.register.count", shown.stream().filter(p -> !p.abolished())
                .count(), shown.stream().filter(Procedure::abolished).count()));
        add.setVisible(may(ProcedurePermissions.MANAGE));
    }

    private void edit(Procedure existing) {
        Dialog dialog = dialog("pr-procedure-dialog", existing == null ? "procedures.ui.procedure.add"
                : "procedures.ui.procedure.edit");
        Select<ProcedureLevel> level = new Select<>();
        level.setId("pr-procedure-level");
        level.setLabel(getTranslation("procedures.ui.procedure.level"));
        level.setItems(ProcedureLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        level.setValue(ProcedureLevel.COMMUNE);
        TextField code = text("pr-procedure-code", "procedures.ui.procedure.code");
        TextField name = text("pr-procedure-name", "procedures.ui.procedure.name");
        TextField field = text("pr-procedure-field", "procedures.ui.procedure.field");
        TextArea basis = area("pr-procedure-basis", "procedures.ui.procedure.legalBasis");
        TextArea steps = area("pr-procedure-steps", "procedures.ui.procedure.steps");
        TextArea documents = area("pr-procedure-documents", "procedures.ui.procedure.documents");
        IntegerField days = new IntegerField(getTranslation("procedures.ui.procedure.days"));
        days.setId("pr-procedure-days");
        IntegerField fee = new IntegerField(getTranslation("procedures.ui.procedure.fee"));
        fee.setId("pr-procedure-fee");
        fee.setValue(0);
        if (existing != null) {
            level.setValue(existing.level());
            code.setValue(existing.code());
            name.setValue(existing.name());
            field.setValue(existing.field());
            basis.setValue(existing.legalBasis());
            steps.setValue(existing.steps());
            documents.setValue(existing.documents() == null ? "" : existing.documents());
            days.setValue(existing.processingDays());
            fee.setValue((int) existing.feeVnd());
        }
        FormLayout form = new FormLayout(level, code, name, field, days, fee, basis, steps, documents);
        form.setColspan(name, 2);
        form.setColspan(basis, 2);
        form.setColspan(steps, 2);
        form.setColspan(documents, 2);
        dialog.add(form);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(level, "level").field(code, "code")
                .field(name, "name").field(field, "field").field(basis, "legalBasis").field(steps, "steps")
                .field(documents, "documents").field(days, "processingDays").field(fee, "feeVnd");
        footer(dialog, "pr-procedure-save", errors, () -> {
            ProcedureDraft draft = new ProcedureDraft(unitId(), level.getValue(), code.getValue(), name.getValue(),
                    field.getValue(), basis.getValue(), steps.getValue(), documents.getValue(), days.getValue(),
                    fee.getValue() == null ? null : fee.getValue().longValue());
            if (existing == null) {
                register.create(draft, user);
            } else {
                register.update(existing.id(), existing.version(), draft, user);
            }
        });
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        return area;
    }
}
