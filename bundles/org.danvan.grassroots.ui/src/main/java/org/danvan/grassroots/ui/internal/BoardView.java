package org.danvan.grassroots.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.danvan.grassroots.api.Board;
import org.danvan.grassroots.api.BoardDraft;
import org.danvan.grassroots.api.BoardMember;
import org.danvan.grassroots.api.BoardService;
import org.danvan.grassroots.api.GrassrootsPermissions;
import org.danvan.grassroots.api.Recommendation;
import org.danvan.platform.api.org.OrgUnitDirectory;
import org.danvan.platform.api.org.OrgUnitInfo;
import org.danvan.platform.api.security.AccessControl;
import org.danvan.platform.api.security.UserPrincipal;
import org.danvan.platform.api.validation.ValidationException;
import org.danvan.platform.ui.kit.FieldErrors;
import org.danvan.platform.ui.kit.LocalizedDates;
import org.danvan.platform.ui.kit.Refusals;
import org.danvan.platform.ui.kit.SignedInUser;
import org.danvan.platform.ui.kit.UnitPicker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * People's Inspection Boards: members (one a line, "name – village"; those who are commune officials ticked, which the
 * service refuses), and each board's recommendations to the commune with their due day and answer.
 */
public class BoardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** Between a member's name and village on a line. */
    static final String SEPARATOR = "–";

    private final transient BoardService boards;
    private final transient OrgUnitDirectory units;
    private final transient AccessControl access;
    private final transient UserPrincipal user;
    private final Grid<Board> grid = new Grid<>();

    public BoardView(BoardService boards, OrgUnitDirectory units, AccessControl access) {
        this.boards = boards;
        this.units = units;
        this.access = access;
        this.user = SignedInUser.get().orElse(null);
        setId("gr-boards");
        setSizeFull();
        Button add = new Button(getTranslation("grassroots.ui.board.new"), VaadinIcon.PLUS.create(), e -> create());
        add.setId("gr-board-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(user != null && access.isPermittedSomewhere(user, GrassrootsPermissions.MANAGE_DECISIONS));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("gr-board-list");
        grid.addColumn(Board::name).setHeader(getTranslation("grassroots.ui.board.name")).setFlexGrow(2);
        grid.addColumn(Board::unitName).setHeader(getTranslation("grassroots.ui.column.unit")).setFlexGrow(1);
        grid.addColumn(b -> LocalizedDates.format(b.termFrom()) + " – " + LocalizedDates.format(b.termTo()))
                .setHeader(getTranslation("grassroots.ui.board.term")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.members().size()).setHeader(getTranslation("grassroots.ui.board.members"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> getTranslation("grassroots.ui.board.recommendationCount", b.recommendations(),
                b.unanswered())).setHeader(getTranslation("grassroots.ui.board.recommendations")).setFlexGrow(1);
        grid.addComponentColumn(b -> {
            Button open = new Button(getTranslation("grassroots.ui.board.recommendations"), e -> recommendations(b));
            open.setId("gr-board-recommendations-" + b.id());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("grassroots.ui.board.empty"));
        refresh();
        add(add, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.setItems(boards.boards(user));
    }

    /** "Nguyễn Văn A – Thôn Đông" → the member, an official if the name is among those ticked. */
    static List<BoardMember> members(String lines, Set<String> officials) {
        return Arrays.stream(lines.split("\\R")).filter(l -> !l.isBlank()).map(l -> {
            int at = l.indexOf(SEPARATOR);
            String name = (at < 0 ? l : l.substring(0, at)).strip();
            String village = at < 0 ? null : l.substring(at + SEPARATOR.length()).strip();
            return new BoardMember(name, village, officials.contains(name));
        }).toList();
    }

    private void create() {
        Dialog dialog = new Dialog();
        dialog.setId("gr-board-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.board.new"));
        dialog.setWidth("44rem");
        dialog.setMaxWidth("100%");
        UnitPicker unit = new UnitPicker(units, "gr-board-unit", getTranslation("grassroots.ui.column.unit"))
                .allowing(u -> access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS, u.id()));
        if (user != null && user.orgUnitId() != null) {
            units.find(user.orgUnitId()).ifPresent(unit::setValue);
        }
        TextField name = new TextField(getTranslation("grassroots.ui.board.name"));
        name.setId("gr-board-name");
        name.setMaxLength(BoardDraft.NAME_MAX_LENGTH);
        DatePicker termFrom = new DatePicker(getTranslation("grassroots.ui.board.termFrom"));
        termFrom.setId("gr-board-term-from");
        DatePicker termTo = new DatePicker(getTranslation("grassroots.ui.board.termTo"));
        termTo.setId("gr-board-term-to");
        TextArea memberLines = new TextArea(getTranslation("grassroots.ui.board.members"));
        memberLines.setId("gr-board-members");
        memberLines.setHelperText(getTranslation("grassroots.ui.board.members.helper"));
        CheckboxGroup<String> officials = new CheckboxGroup<>(getTranslation("grassroots.ui.board.officials"));
        officials.setId("gr-board-officials");
        memberLines.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
        memberLines.addValueChangeListener(e -> officials.setItems(members(e.getValue(), Set.of()).stream()
                .map(BoardMember::name).toList()));
        FieldErrors errors = new FieldErrors().field(unit, "unitId").field(name, "name").field(termTo, "termTo")
                .field(memberLines, "members");
        FormLayout form = new FormLayout(unit, name, termFrom, termTo, memberLines, officials);
        form.setColspan(name, 2);
        form.setColspan(memberLines, 2);
        form.setColspan(officials, 2);
        dialog.add(form);
        Button save = new Button(getTranslation("grassroots.ui.save"), e -> {
            OrgUnitInfo chosen = unit.getValue();
            attempt(dialog, errors, () -> boards.createBoard(new BoardDraft(chosen == null ? null : chosen.id(),
                    name.getValue(), termFrom.getValue(), termTo.getValue(),
                    members(memberLines.getValue(), officials.getValue())), user));
        });
        save.setId("gr-board-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void recommendations(Board board) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-recommendations-dialog");
        dialog.setHeaderTitle(board.name());
        dialog.setWidth("52rem");
        dialog.setMaxWidth("100%");
        boolean manage = user != null && access.isPermitted(user, GrassrootsPermissions.MANAGE_DECISIONS,
                board.unitId());
        Grid<Recommendation> list = new Grid<>();
        list.setId("gr-recommendation-list");
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.addColumn(r -> LocalizedDates.format(r.sentOn())).setHeader(getTranslation("grassroots.ui.recommendation.sentOn"))
                .setAutoWidth(true).setFlexGrow(0);
        list.addColumn(Recommendation::content).setHeader(getTranslation("grassroots.ui.recommendation.content"))
                .setFlexGrow(2);
        list.addComponentColumn(this::answerCell).setHeader(getTranslation("grassroots.ui.recommendation.answer"))
                .setFlexGrow(2);
        list.addComponentColumn(r -> {
            Button answer = new Button(getTranslation("grassroots.ui.recommendation.record"), e -> answer(r, list,
                    board));
            answer.setId("gr-recommendation-answer-" + r.id());
            answer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            answer.setVisible(manage && r.answeredOn() == null);
            return answer;
        }).setAutoWidth(true).setFlexGrow(0);
        list.setItems(boards.recommendations(board.id(), user));
        dialog.add(list);
        if (manage) {
            TextArea content = new TextArea(getTranslation("grassroots.ui.recommendation.content"));
            content.setId("gr-recommendation-content");
            DatePicker sentOn = new DatePicker(getTranslation("grassroots.ui.recommendation.sentOn"),
                    LocalizedDates.today());
            sentOn.setId("gr-recommendation-sent-on");
            DatePicker dueOn = new DatePicker(getTranslation("grassroots.ui.recommendation.dueOn"),
                    LocalizedDates.today().plusDays(15));
            dueOn.setId("gr-recommendation-due-on");
            FieldErrors errors = new FieldErrors().field(content, "content").field(sentOn, "sentOn")
                    .field(dueOn, "dueOn");
            Button send = new Button(getTranslation("grassroots.ui.recommendation.add"), e -> {
                errors.clear();
                try {
                    boards.recommend(board.id(), content.getValue(), sentOn.getValue(), dueOn.getValue(), user);
                } catch (ValidationException refused) {
                    if (!errors.show(refused, this::getTranslation).isEmpty()) {
                        Refusals.show(refused, this::getTranslation);
                    }
                    return;
                }
                content.clear();
                list.setItems(boards.recommendations(board.id(), user));
            });
            send.setId("gr-recommendation-add");
            FormLayout form = new FormLayout(content, sentOn, dueOn, send);
            form.setColspan(content, 2);
            dialog.add(form);
        }
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.close"), e -> {
            dialog.close();
            refresh();
        }));
        dialog.open();
    }

    private Component answerCell(Recommendation r) {
        Span text = new Span();
        text.setId("gr-recommendation-state-" + r.id());
        text.getStyle().set("white-space", "normal");
        if (r.answeredOn() != null) {
            text.setText(getTranslation("grassroots.ui.recommendation.answered", LocalizedDates.format(r.answeredOn()),
                    r.answer()));
        } else {
            text.setText(getTranslation("grassroots.ui.recommendation.due", LocalizedDates.format(r.dueOn())));
        }
        if (r.isLateOn(LocalizedDates.today())) {
            text.getElement().getThemeList().add("badge error");
        }
        return text;
    }

    private void answer(Recommendation r, Grid<Recommendation> list, Board board) {
        Dialog dialog = new Dialog();
        dialog.setId("gr-answer-dialog");
        dialog.setHeaderTitle(getTranslation("grassroots.ui.recommendation.record"));
        TextArea text = new TextArea(getTranslation("grassroots.ui.recommendation.answer"));
        text.setId("gr-answer-text");
        text.setWidthFull();
        DatePicker day = new DatePicker(getTranslation("grassroots.ui.recommendation.answeredOn"),
                LocalizedDates.today());
        day.setId("gr-answer-day");
        dialog.add(text, day);
        FieldErrors errors = new FieldErrors().field(text, "answer").field(day, "answeredOn");
        Button save = new Button(getTranslation("grassroots.ui.save"), e -> {
            errors.clear();
            try {
                boards.answer(r.id(), r.version(), text.getValue(), day.getValue(), user);
            } catch (ValidationException refused) {
                if (!errors.show(refused, this::getTranslation).isEmpty()) {
                    dialog.close();
                    Refusals.show(refused, this::getTranslation);
                }
                list.setItems(boards.recommendations(board.id(), user));
                return;
            } catch (RuntimeException refused) {
                if (!Refusals.isUserCaused(refused)) {
                    throw refused;
                }
                dialog.close();
                Refusals.show(refused, this::getTranslation);
                list.setItems(boards.recommendations(board.id(), user));
                return;
            }
            dialog.close();
            list.setItems(boards.recommendations(board.id(), user));
        });
        save.setId("gr-answer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("grassroots.ui.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void attempt(Dialog dialog, FieldErrors errors, Supplier<Board> step) {
        FieldErrors.Attempt attempt = errors.attempt(step::get, this::getTranslation);
        if (attempt.keepOpen()) {
            return;
        }
        dialog.close();
        refresh();
        if (attempt.succeeded()) {
            Refusals.success(getTranslation("grassroots.ui.saved"));
        } else {
            Refusals.show(attempt.refusal(), this::getTranslation);
        }
    }
}
