package org.danvan.grassroots.ui.internal;

import java.util.List;

import org.danvan.grassroots.api.AgencyConference;
import org.danvan.grassroots.api.AgencyConferenceDraft;
import org.danvan.grassroots.api.AgencyService;
import org.danvan.grassroots.api.Aspiration;
import org.danvan.grassroots.api.AspirationDraft;
import org.danvan.grassroots.api.AspirationRecipient;
import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardKind;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.GrassrootsPermissions;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Agencies' annual conference of civil servants, public employees and workers: attendance, resolutions, the agency's
 * People's Inspection Board elected; and the staff aspirations raised at it (the author left out entirely when the
 * person wishes to stay anonymous), forwarded to the Party committee or the head, each answer against its due day.
 */
public class AgencyView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient AgencyService agencies;
    private final transient BoardService boards;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<AgencyConference> grid = new Grid<>();

    public AgencyView(AgencyService agencies, BoardService boards, OrgUnitDirectory units, AccessControl access) {
        this.agencies = agencies;
        this.boards = boards;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-agency");
        setSizeFull();
        Button add = new Button(getTranslation("grassroots.ui.conference.new"), VaadinIcon.PLUS.create(),
                e -> create());
        add.setId("gr-conference-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_AGENCY));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-conference-list");
        grid.addColumn(AgencyConference::unitName).setHeader(getTranslation("grassroots.ui.conference.agency"))
                .setFlexGrow(2);
        grid.addColumn(AgencyConference::year).setHeader(getTranslation("grassroots.ui.conference.year"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> LocalizedDates.format(c.heldOn())).setHeader(getTranslation(
                "grassroots.ui.conference.heldOn")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("grassroots.ui.conference.attendance", c.attended(), c.staffTotal(),
                String.format(getLocale(), "%.1f", c.attendancePercent())))
                .setHeader(getTranslation("grassroots.ui.conference.attended")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgencyConference::resolutions).setHeader(getTranslation(
                "grassroots.ui.conference.resolutions")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("grassroots.ui.conference.aspirationCount", c.aspirations(),
                c.unanswered())).setHeader(getTranslation("grassroots.ui.conference.aspirations")).setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Button open = new Button(getTranslation("grassroots.ui.conference.aspirations"), e -> aspirations(c));
            open.setId("gr-conference-aspirations-" + c.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grassroots.ui.conference.empty"));
        refresh();
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.setItems(agencies.conferences(user));
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setId("gr-conference-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.conference.new"));
        dialog.setWidth("44rem");
        dialog.setMaxWidth("100%");
        UnitPicker unit = new UnitPicker(units, "gr-conference-unit", getTranslation(
                "grassroots.ui.conference.agency")).allowing(u -> access.isPermitted(user,
                        GrassrootsPermissions.MANAGE_AGENCY, u.id()));
        IntegerField year = new IntegerField(getTranslation("grassroots.ui.conference.year"));
        year.setId("gr-conference-year");
        year.setValue(LocalizedDates.today().getYear() - (LocalizedDates.today().getMonthValue() <= 3 ? 1 : 0));
        DatePicker heldOn = new DatePicker(getTranslation("grassroots.ui.conference.heldOn"), LocalizedDates.today());
        heldOn.setId("gr-conference-held-on");
        IntegerField staff = new IntegerField(getTranslation("grassroots.ui.conference.staff"));
        staff.setId("gr-conference-staff");
        IntegerField attended = new IntegerField(getTranslation("grassroots.ui.conference.attended"));
        attended.setId("gr-conference-attended");
        TextArea resolutions = new TextArea(getTranslation("grassroots.ui.conference.resolutions"));
        resolutions.setId("gr-conference-resolutions");
        resolutions.setMaxLength(AgencyConferenceDraft.TEXT_MAX_LENGTH);
        Select<Board> board = new Select<>();
        board.setId("gr-conference-board");
        board.setLabel(getTranslation("grassroots.ui.conference.board"));
        board.setEmptySelectionAllowed(true);
        board.setEmptySelectionCaption(getTranslation("grassroots.ui.conference.noBoard"));
        board.setItemLabelGenerator(b -> b == null ? "" : b.name());
        unit.addValueChangeListener(e -> board.setItems(e.getValue() == null ? List.of()
                : boards.boards(user).stream().filter(b -> b.kind() == BoardKind.AGENCY_INSPECTION
                        && b.unitId() == e.getValue().id()).toList()));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(year, "year").field(heldOn, "heldOn")
                .field(staff, "staffTotal").field(attended, "attended").field(resolutions, "resolutions")
                .field(board, "inspectionBoardId");
        FormLayout form = new FormLayout(unit, year, heldOn, staff, attended, board, resolutions);
        form.setColspan(unit, 2);
        form.setColspan(resolutions, 2);
        dialog.add(form);
        ModuleScreen.saveFooter(this, dialog, "gr-conference-save", errors, () -> {
            OrgUnitInfo chosen = unit.getValue();
            agencies.recordConference(new AgencyConferenceDraft(chosen == null ? null : chosen.id(),
                    year.getValue() == null ? 0 : year.getValue(), heldOn.getValue(),
                    staff.getValue() == null ? 0 : staff.getValue(),
                    attended.getValue() == null ? -1 : attended.getValue(), resolutions.getValue(),
                    board.getValue() == null ? null : board.getValue().id()), user);
        }, this::refresh);
    }

    private void aspirations(AgencyConference conference) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-aspirations-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.conference.aspirations") + " – "
                + conference.unitName() + " " + conference.year());
        dialog.setWidth("56rem");
        dialog.setMaxWidth("100%");
        boolean manage = user != null && access.isPermitted(user, GrassrootsPermissions.MANAGE_AGENCY,
                conference.unitId());
        Grid<Aspiration> list = new Grid<>();
        list.setId("gr-aspiration-list");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(Aspiration::content).setHeader(getTranslation("grassroots.ui.aspiration.content"))
                .setFlexGrow(2);
        list.addColumn(a -> a.anonymous() ? getTranslation("grassroots.ui.aspiration.anonymous") : a.author())
                .setHeader(getTranslation("grassroots.ui.aspiration.author")).setFlexGrow(1);
        list.addColumn(a -> getTranslation("grassroots.ui.aspiration.recipient." + a.recipient().name()))
                .setHeader(getTranslation("grassroots.ui.aspiration.recipient")).setFlexGrow(1);
        list.addComponentColumn(this::answerCell).setHeader(getTranslation("grassroots.ui.aspiration.answer"))
                .setFlexGrow(2);
        list.addComponentColumn(a -> {
            Button answer = new Button(getTranslation("grassroots.ui.recommendation.record"),
                    e -> answer(a, list, conference));
            answer.setId("gr-aspiration-answer-" + a.id());
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            answer.setVisible(manage && a.answeredOn() == null);
            return answer;
        }).setAutoWidth(true).setFlexGrow(0);
        list.setEmptyStateText(getTranslation("grassroots.ui.aspiration.empty"));
        list.setItems(agencies.aspirations(conference.id(), user));
        dialog.add(list);
        if (manage) {
            TextArea content = new TextArea(getTranslation("grassroots.ui.aspiration.content"));
            content.setId("gr-aspiration-content");
            content.setMaxLength(AspirationDraft.TEXT_MAX_LENGTH);
            Checkbox anonymous = new Checkbox(getTranslation("grassroots.ui.aspiration.keepAnonymous"));
            anonymous.setId("gr-aspiration-anonymous");
            TextField author = new TextField(getTranslation("grassroots.ui.aspiration.author"));
            author.setId("gr-aspiration-author");
            author.setMaxLength(AspirationDraft.AUTHOR_MAX_LENGTH);
            anonymous.addValueChangeListener(e -> {
                // the name is not kept anywhere, not even in the form
                author.clear();
                author.setEnabled(!e.getValue());
            });
            Select<AspirationRecipient> recipient = new Select<>();
            recipient.setId("gr-aspiration-recipient");
            recipient.setLabel(getTranslation("grassroots.ui.aspiration.recipient"));
            recipient.setItems(AspirationRecipient.values());
            recipient.setItemLabelGenerator(r -> getTranslation("grassroots.ui.aspiration.recipient." + r.name()));
            DatePicker forwardedOn = new DatePicker(getTranslation("grassroots.ui.aspiration.forwardedOn"),
                    LocalizedDates.today());
            forwardedOn.setId("gr-aspiration-forwarded-on");
            DatePicker dueOn = new DatePicker(getTranslation("grassroots.ui.recommendation.dueOn"),
                    LocalizedDates.today().plusDays(30));
            dueOn.setId("gr-aspiration-due-on");
            FieldErrors errors = new FieldErrors().field(content, "content").field(author, "author")
                    .field(recipient, "recipient").field(forwardedOn, "forwardedOn").field(dueOn, "dueOn");
            Button send = new Button(getTranslation("grassroots.ui.aspiration.add"), e -> {
                FieldErrors.Attempt attempt = errors.attempt(() -> agencies.recordAspiration(conference.id(),
                        new AspirationDraft(content.getValue(), author.getValue(), anonymous.getValue(),
                                recipient.getValue(), forwardedOn.getValue(), dueOn.getValue()), user),
                        this::getTranslation);
                if (attempt.keepOpen()) {
                    return;
                }
                if (attempt.succeeded()) {
                    content.clear();
                    author.clear();
                } else {
                    Refusals.show(attempt.refusal(), this::getTranslation);
                }
                list.setItems(agencies.aspirations(conference.id(), user));
            });
            send.setId("gr-aspiration-add");
            FormLayout form = new FormLayout(content, anonymous, author, recipient, forwardedOn, dueOn, send);
            form.setColspan(content, 2);
            dialog.add(form);
        }
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private Component answerCell(Aspiration a) {
        Span text = new Span();
        text.setId("gr-aspiration-state-" + a.id());
        text.getStyle().set("white-space", "normal");
        if (a.answeredOn() != null) {
            text.setText(getTranslation("grassroots.ui.recommendation.answered", LocalizedDates.format(a.answeredOn()),
                    a.answer()));
        } else {
            text.setText(getTranslation("grassroots.ui.recommendation.due", LocalizedDates.format(a.dueOn())));
        }
        if (a.isLateOn(LocalizedDates.today())) {
            text.getElement().getThemeList().add("badge error");
        }
        return text;
    }

    private void answer(Aspiration a, Grid<Aspiration> list, AgencyConference conference) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-aspiration-answer-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.recommendation.record"));
        TextArea text = new TextArea(getTranslation("grassroots.ui.aspiration.answer"));
        text.setId("gr-aspiration-answer-text");
        text.setWidthFull();
        DatePicker day = new DatePicker(getTranslation("grassroots.ui.recommendation.answeredOn"),
                LocalizedDates.today());
        day.setId("gr-aspiration-answer-day");
        dialog.add(text, day);
        FieldErrors errors = new FieldErrors().field(text, "answer").field(day, "answeredOn");
        ModuleScreen.saveFooter(this, dialog, "gr-aspiration-answer-save", errors,
                () -> agencies.answerAspiration(a.id(), a.version(), text.getValue(), day.getValue(), user),
                () -> list.setItems(agencies.aspirations(conference.id(), user)));
    }
}
