package org.danvan.dissemination.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.danvan.dissemination.api.DisseminationPermissions;
import org.danvan.dissemination.api.DisseminationService;
import org.danvan.dissemination.api.Document;
import org.danvan.dissemination.api.DocumentDraft;
import org.danvan.dissemination.api.DocumentKind;
import org.danvan.dissemination.api.SessionDraft;
import org.danvan.dissemination.api.SessionForm;
import org.danvan.dissemination.api.UnitCoverage;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The documents the chosen unit issued or must disseminate: for the units under it that must disseminate a document,
 * the sessions held and the coverage; issue a document, record a session.
 */
public class DocumentsView extends DisseminationScreen {

    private static final long serialVersionUID = 1L;

    private final transient DisseminationService service;
    private final Button add;
    private final Grid<Document> grid = new Grid<>();

    public DocumentsView(DisseminationService service, OrgUnitDirectory units, AccessControl access) {
        super("ds-documents", units, access);
        this.service = service;
        add = button("ds-document-add", "dissemination.ui.document.add", e -> edit(null));
        grid.setId("ds-document-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Document::number).setHeader(getTranslation("dissemination.ui.document.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Document::title).setHeader(getTranslation("dissemination.ui.document.title")).setFlexGrow(3);
        grid.addColumn(d -> getTranslation(d.kind().labelKey())).setHeader(getTranslation(
                "dissemination.ui.document.kind")).setFlexGrow(1);
        grid.addColumn(d -> LocalizedDates.format(d.dueOn())).setHeader(getTranslation(
                "dissemination.ui.document.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::coverageCell).setHeader(getTranslation("dissemination.ui.document.coverage"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("dissemination.ui.document.empty"));
        add(filters(add), grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        grid.setItems(unitId == null ? List.of() : service.documents(unitId, user));
        add.setVisible(may(DisseminationPermissions.MANAGE, unitId));
    }

    /** Each target unit under the chosen unit: its coverage, or overdue / not yet done. */
    private Span coverageCell(Document d) {
        Long chosen = unitId();
        List<UnitCoverage> lines = service.progress(d.id(), user).units().stream().filter(c -> chosen != null
                && units.currentSubtree(chosen).contains(c.unitId())).toList();
        String text = lines.stream().map(c -> getTranslation(c.done() ? "dissemination.ui.coverage.done"
                : c.overdue() ? "dissemination.ui.coverage.overdue" : "dissemination.ui.coverage.pending",
                unitName(c.unitId()), c.reached(), c.members(), percent(c.coverage()), c.sessions()))
                .collect(Collectors.joining("; "));
        Span cell = new Span(text);
        cell.setId("ds-coverage-" + d.id());
        if (lines.stream().anyMatch(UnitCoverage::overdue)) {
            cell.getElement().getThemeList().add("badge error");
        }
        return cell;
    }

    private HorizontalLayout actions(Document d) {
        Long chosen = unitId();
        Button record = button("ds-session-add-" + d.id(), "dissemination.ui.session.add", e -> record(d));
        record.addThemeVariants(ButtonVariant.LUMO_SMALL);
        record.setVisible(d.targetUnitIds().stream().anyMatch(u -> may(DisseminationPermissions.RECORD, u)
                && chosen != null && units.currentSubtree(chosen).contains(u)));
        Button edit = button("ds-document-edit-" + d.id(), "dissemination.ui.edit", e -> edit(d));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setVisible(may(DisseminationPermissions.MANAGE, d.unitId()));
        return new HorizontalLayout(record, edit);
    }

    private void edit(Document existing) {
        long issuer = existing == null ? unitId() : existing.unitId();
        Dialog dialog = dialog("ds-document-dialog", existing == null ? "dissemination.ui.document.add"
                : "dissemination.ui.document.edit");
        Select<DocumentKind> kind = new Select<>();
        kind.setId("ds-document-kind");
        kind.setLabel(getTranslation("dissemination.ui.document.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(DocumentKind.RESOLUTION);
        TextField number = text("ds-document-number", "dissemination.ui.document.number");
        DatePicker issuedOn = datePicker("ds-document-issued", "dissemination.ui.document.issued");
        TextField issuerName = text("ds-document-issuer", "dissemination.ui.document.issuer");
        TextField title = text("ds-document-title", "dissemination.ui.document.title");
        TextArea summary = new TextArea(getTranslation("dissemination.ui.document.summary"));
        summary.setId("ds-document-summary");
        summary.setWidthFull();
        UnitPicker target = new UnitPicker(units, "ds-document-target", getTranslation(
                "dissemination.ui.document.target"));
        units.find(issuer).ifPresent(target::setValue);
        Checkbox subtree = new Checkbox(getTranslation("dissemination.ui.document.subtree"));
        subtree.setId("ds-document-subtree");
        MultiSelectComboBox<OrgUnitInfo> picked = new MultiSelectComboBox<>(getTranslation(
                "dissemination.ui.document.picked"));
        picked.setId("ds-document-picked");
        List<OrgUnitInfo> candidates = units.currentSubtree(issuer).stream().map(units::find)
                .flatMap(java.util.Optional::stream).toList();
        picked.setItems(candidates);
        picked.setItemLabelGenerator(OrgUnitInfo::name);
        picked.setWidthFull();
        DatePicker dueOn = datePicker("ds-document-due", "dissemination.ui.document.due");
        if (existing != null) {
            kind.setValue(existing.kind());
            number.setValue(existing.number());
            issuedOn.setValue(existing.issuedOn());
            issuerName.setValue(existing.issuer());
            title.setValue(existing.title());
            summary.setValue(existing.summary() == null ? "" : existing.summary());
            Map<Long, OrgUnitInfo> byId = candidates.stream().collect(Collectors.toMap(OrgUnitInfo::id,
                    Function.identity()));
            picked.setValue(existing.targetUnitIds().stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet()));
            dueOn.setValue(existing.dueOn());
        }
        FormLayout form = new FormLayout(kind, number, issuedOn, issuerName, title, summary, target, subtree, picked,
                dueOn);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        form.setColspan(picked, 2);
        dialog.add(form);
        FieldErrors errors = new FieldErrors().field(kind, "kind").field(number, "number")
                .field(issuedOn, "issuedOn").field(issuerName, "issuer").field(title, "title")
                .field(summary, "summary").field(picked, "targets").field(dueOn, "dueOn");
        footer(dialog, "ds-document-save", errors, () -> {
            List<Long> pickedIds = picked.getValue().stream().map(OrgUnitInfo::id).sorted().toList();
            DocumentDraft draft = new DocumentDraft(issuer, kind.getValue(), number.getValue(), issuedOn.getValue(),
                    issuerName.getValue(), title.getValue(), summary.getValue(),
                    target.getValue() == null ? null : target.getValue().id(), subtree.getValue(), pickedIds,
                    dueOn.getValue());
            if (existing == null) {
                service.create(draft, user);
            } else {
                service.update(existing.id(), existing.version(), draft, user);
            }
        });
    }

    void record(Document d) {
        Long chosen = unitId();
        Dialog dialog = dialog("ds-session-dialog", "dissemination.ui.session.add");
        Select<Long> where = new Select<>();
        where.setId("ds-session-unit");
        where.setLabel(getTranslation("dissemination.ui.unit"));
        List<Long> mine = d.targetUnitIds().stream().filter(u -> may(DisseminationPermissions.RECORD, u)
                && chosen != null && units.currentSubtree(chosen).contains(u)).toList();
        where.setItems(mine);
        where.setItemLabelGenerator(this::unitName);
        if (!mine.isEmpty()) {
            where.setValue(mine.contains(chosen) ? chosen : mine.get(0));
        }
        DatePicker heldOn = datePicker("ds-session-held", "dissemination.ui.session.held");
        heldOn.setValue(LocalizedDates.today());
        Select<SessionForm> form = new Select<>();
        form.setId("ds-session-form");
        form.setLabel(getTranslation("dissemination.ui.session.form"));
        form.setItems(SessionForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        form.setValue(SessionForm.CONFERENCE);
        TextField presenter = text("ds-session-presenter", "dissemination.ui.session.presenter");
        IntegerField present = new IntegerField(getTranslation("dissemination.ui.session.present"));
        present.setId("ds-session-present");
        IntegerField members = new IntegerField(getTranslation("dissemination.ui.session.members"));
        members.setId("ds-session-members");
        dialog.add(new FormLayout(where, heldOn, form, presenter, present, members));
        FieldErrors errors = new FieldErrors().field(where, "unitId").field(heldOn, "heldOn").field(form, "form")
                .field(presenter, "presenter").field(present, "present").field(members, "members");
        footer(dialog, "ds-session-save", errors, () -> service.recordSession(new SessionDraft(d.id(),
                where.getValue(), heldOn.getValue(), form.getValue(), presenter.getValue(), present.getValue(),
                members.getValue()), user));
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }
}
