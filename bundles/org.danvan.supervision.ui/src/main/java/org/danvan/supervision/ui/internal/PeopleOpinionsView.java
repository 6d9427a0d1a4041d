package org.danvan.supervision.ui.internal;

import java.util.List;

import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.UnitPicker;
import org.danvan.supervision.api.OpinionSubject;
import org.danvan.supervision.api.PeopleOpinion;
import org.danvan.supervision.api.PeopleOpinionDraft;
import org.danvan.supervision.api.PeopleOpinionService;
import org.danvan.supervision.api.SupervisionPermissions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The register of the people's opinions on building the Party and the government, per half year: each opinion with
 * where it was gathered and where it was forwarded.
 */
public class PeopleOpinionsView extends SupervisionScreen {

    private static final long serialVersionUID = 1L;

    private final transient PeopleOpinionService opinions;
    private final Select<Integer> half = new Select<>();
    private final Grid<PeopleOpinion> grid = new Grid<>();

    public PeopleOpinionsView(PeopleOpinionService opinions, OrgUnitDirectory units, AccessControl access) {
        super("sv-people", units, access);
        this.opinions = opinions;
        half.setId("sv-people-half");
        half.setLabel(getTranslation("supervision.ui.report.half"));
        half.setItems(1, 2);
        half.setItemLabelGenerator(h -> getTranslation("supervision.ui.report.half" + h));
        half.setValue(LocalizedDates.today().getMonthValue() <= 6 ? 1 : 2);
        half.addValueChangeListener(e -> refresh());
        Button create = button("sv-people-new", "supervision.ui.people.new", e -> record());
        create.setVisible(user != null && access.isPermittedSomewhere(user, SupervisionPermissions.MANAGE));
        grid.setId("sv-people-list");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(o -> shown(o.gatheredOn())).setHeader(getTranslation("supervision.ui.people.gatheredOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation("supervision.ui.subject." + o.subject().name()))
                .setHeader(getTranslation("supervision.ui.people.subject")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PeopleOpinion::source).setHeader(getTranslation("supervision.ui.people.source"))
                .setFlexGrow(1);
        grid.addColumn(PeopleOpinion::content).setHeader(getTranslation("supervision.ui.opinion.content"))
                .setFlexGrow(3);
        grid.addColumn(o -> o.forwardedOn() == null ? getTranslation("supervision.ui.people.notForwarded")
                : getTranslation("supervision.ui.people.forwardedCell", shown(o.forwardedOn()), o.forwardedTo()))
                .setHeader(getTranslation("supervision.ui.people.forwarded")).setFlexGrow(1);
        grid.addComponentColumn(o -> small("sv-people-forward-" + o.id(), "supervision.ui.people.forward",
                o.forwardedOn() == null && may(SupervisionPermissions.MANAGE, o.unitId()), e -> forward(o)))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("supervision.ui.people.empty"));
        add(filters(half, create), grid);
        refresh();
    }

    @Override
    protected void refresh() {
        Long unitId = unitId();
        grid.setItems(unitId == null || half.getValue() == null ? List.of()
                : opinions.opinions(unitId, chosenYear(), half.getValue(), user));
    }

    void record() {
        Dialog dialog = dialog("sv-people-dialog", "supervision.ui.people.new");
        UnitPicker owner = new UnitPicker(units, "sv-people-unit", getTranslation("supervision.ui.unit"));
        ownUnitIfManaged(owner);
        Select<OpinionSubject> subject = new Select<>();
        subject.setId("sv-people-subject");
        subject.setLabel(getTranslation("supervision.ui.people.subject"));
        subject.setItems(OpinionSubject.values());
        subject.setItemLabelGenerator(s -> getTranslation("supervision.ui.subject." + s.name()));
        TextField source = new TextField(getTranslation("supervision.ui.people.source"));
        source.setId("sv-people-source");
        DatePicker gathered = datePicker("sv-people-gathered", "supervision.ui.people.gatheredOn");
        gathered.setValue(LocalizedDates.today());
        TextArea content = new TextArea(getTranslation("supervision.ui.opinion.content"));
        content.setId("sv-people-content");
        content.setWidthFull();
        dialog.add(new FormLayout(owner, subject, source, gathered), content);
        FieldErrors errors = new FieldErrors().field(owner, "unitId").field(subject, "subject")
                .field(source, "source").field(content, "content").field(gathered, "gatheredOn");
        footer(dialog, "sv-people-save", errors, () -> opinions.record(new PeopleOpinionDraft(owner.getValue() == null
                ? null : owner.getValue().id(), subject.getValue(), source.getValue(), content.getValue(),
                gathered.getValue()), user));
    }

    void forward(PeopleOpinion o) {
        Dialog dialog = dialog("sv-forward-dialog", "supervision.ui.people.forward");
        TextField to = new TextField(getTranslation("supervision.ui.people.forwardedTo"));
        to.setId("sv-forward-to");
        to.setWidthFull();
        DatePicker day = datePicker("sv-forward-day", "supervision.ui.people.forwardedOn");
        day.setValue(LocalizedDates.today());
        dialog.add(new Paragraph(o.content()), to, day);
        FieldErrors errors = new FieldErrors().field(to, "forwardedTo").field(day, "forwardedOn");
        footer(dialog, "sv-forward-save", errors, () -> opinions.forward(o.id(), o.version(), to.getValue(),
                day.getValue(), user));
    }
}
