package org.danvan.grassroots.ui.internal;

import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.CommunityMeeting;
import org.danvan.grassroots.api.CommunityMeetingDraft;
import org.danvan.grassroots.api.CommunityMeetingKind;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.ModuleScreen;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The commune's yearly dialogue conference with the people and the villages' year-end community meetings. */
public class MeetingView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient BoardService boards;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<CommunityMeeting> grid = new Grid<>();

    public MeetingView(BoardService boards, OrgUnitDirectory units, AccessControl access) {
        this.boards = boards;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-meetings");
        setSizeFull();
        Button add = new Button(getTranslation("grassroots.ui.meeting.new"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("gr-meeting-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_DECISIONS));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-meeting-list");
        grid.addColumn(m -> LocalizedDates.format(m.heldOn())).setHeader(getTranslation("grassroots.ui.activity.day"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("grassroots.ui.meeting.kind." + m.kind().name()) + " " + m.year()
                + (m.villageName() == null ? "" : " – " + m.villageName()))
                .setHeader(getTranslation("grassroots.ui.meeting.kind")).setFlexGrow(1);
        grid.addColumn(CommunityMeeting::unitName).setHeader(getTranslation("grassroots.ui.column.unit"))
                .setFlexGrow(1);
        grid.addColumn(CommunityMeeting::attendees).setHeader(getTranslation("grassroots.ui.meeting.attendees"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CommunityMeeting::issues).setHeader(getTranslation("grassroots.ui.meeting.issues"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.commitments() == null ? "" : m.commitments())
                .setHeader(getTranslation("grassroots.ui.meeting.commitments")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("grassroots.ui.meeting.empty"));
        refresh();
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.setItems(boards.meetings(user));
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setId("gr-meeting-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.meeting.new"));
        dialog.setWidth("44rem");
        dialog.setMaxWidth("100%");
        UnitPicker unit = new UnitPicker(units, "gr-meeting-unit", getTranslation("grassroots.ui.column.unit"))
                .allowing(u -> access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, u.id()));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        Select<CommunityMeetingKind> kind = new Select<>();
        kind.setId("gr-meeting-kind");
        kind.setLabel(getTranslation("grassroots.ui.meeting.kind"));
        kind.setItems(CommunityMeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("grassroots.ui.meeting.kind." + k.name()));
        IntegerField year = new IntegerField(getTranslation("grassroots.ui.conference.year"));
        year.setId("gr-meeting-year");
        year.setValue(LocalizedDates.today().getYear());
        DatePicker heldOn = new DatePicker(getTranslation("grassroots.ui.conference.heldOn"), LocalizedDates.today());
        heldOn.setId("gr-meeting-held-on");
        TextField village = new TextField(getTranslation("grassroots.ui.meeting.village"));
        village.setId("gr-meeting-village");
        village.setVisible(false);
        kind.addValueChangeListener(e -> village.setVisible(e.getValue() == CommunityMeetingKind.YEAR_END_MEETING));
        IntegerField attendees = new IntegerField(getTranslation("grassroots.ui.meeting.attendees"));
        attendees.setId("gr-meeting-attendees");
        TextArea issues = new TextArea(getTranslation("grassroots.ui.meeting.issues"));
        issues.setId("gr-meeting-issues");
        issues.setMaxLength(CommunityMeetingDraft.TEXT_LONG);
        TextArea commitments = new TextArea(getTranslation("grassroots.ui.meeting.commitments"));
        commitments.setId("gr-meeting-commitments");
        commitments.setMaxLength(CommunityMeetingDraft.TEXT_LONG);
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(kind, "kind").field(heldOn, "heldOn")
                .field(village, "villageName").field(attendees, "attendees").field(issues, "issues")
                .field(commitments, "commitments");
        FormLayout form = new FormLayout(unit, kind, year, heldOn, village, attendees, issues, commitments);
        form.setColspan(unit, 2);
        form.setColspan(issues, 2);
        form.setColspan(commitments, 2);
        dialog.add(form);
        ModuleScreen.saveFooter(this, dialog, "gr-meeting-save", errors, () -> {
            OrgUnitInfo chosen = unit.getValue();
            boards.recordMeeting(new CommunityMeetingDraft(chosen == null ? null : chosen.id(), kind.getValue(),
                    year.getValue() == null ? 0 : year.getValue(), heldOn.getValue(), village.getValue(),
                    attendees.getValue() == null ? 0 : attendees.getValue(), issues.getValue(),
                    commitments.getValue()), user);
        }, this::refresh);
    }
}
